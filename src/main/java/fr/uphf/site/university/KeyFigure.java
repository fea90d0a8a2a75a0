package fr.uphf.site.university;

import fr.uphf.site.shared.OrderedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A key figure of the university, such as its number of students. */
@Entity
@Table(name = "key_figure")
public class KeyFigure extends OrderedEntity {

    @NotBlank
    @Size(max = 40)
    private String code;

    @Size(max = 40)
    private String qualifier;

    @NotBlank
    @Size(max = 40)
    private String value;

    @NotBlank
    @Size(max = 200)
    private String label;

    @Size(max = 60)
    @Column(name = "as_of")
    private String asOf;

    public String getCode() {
        return code;
    }

    public String getQualifier() {
        return qualifier;
    }

    public String getValue() {
        return value;
    }

    public String getLabel() {
        return label;
    }

    public String getAsOf() {
        return asOf;
    }

    public void setCode(String code) {
        this.code = code;
    }

    /** Left blank, it is stored as an empty text. */
    public void setQualifier(String qualifier) {
        this.qualifier = qualifier == null ? "" : qualifier;
    }

    public void setValue(String value) {
        this.value = value;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public void setAsOf(String asOf) {
        this.asOf = asOf;
    }
}
