package fr.uphf.site.mobility;

import fr.uphf.site.shared.OrderedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A financial aid for students going abroad; its criteria and amounts are rows of their own. */
@Entity
@Table(name = "mobility_grant")
public class MobilityGrant extends OrderedEntity {

    @NotBlank
    @Size(max = 20)
    private String code;

    @NotBlank
    @Size(max = 200)
    private String name;

    @NotBlank
    @Size(max = 200)
    private String funder;

    @Size(max = 300)
    @Column(name = "combinable_note")
    private String combinableNote;

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getFunder() {
        return funder;
    }

    public String getCombinableNote() {
        return combinableNote;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public void setName(String name) {
        this.name = name;
    }

    public void setFunder(String funder) {
        this.funder = funder;
    }

    /** Left blank, it is stored as an empty text. */
    public void setCombinableNote(String combinableNote) {
        this.combinableNote = combinableNote == null ? "" : combinableNote;
    }
}
