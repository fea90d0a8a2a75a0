package fr.uphf.site.university;

import fr.uphf.site.shared.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A key figure of the university, such as its number of students. */
@Entity
@Table(name = "key_figure")
public class KeyFigure extends AuditedEntity {

    private String code;

    private String qualifier;

    private String value;

    private String label;

    @Column(name = "as_of")
    private String asOf;

    @Column(name = "sort_order")
    private int sortOrder;

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

    public int getSortOrder() {
        return sortOrder;
    }
}
