package fr.uphf.site.audit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One line of the append-only audit log (the database refuses updates and deletes). */
@Entity
@Table(name = "audit_log")
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private Instant at;

    @Column(nullable = false, updatable = false)
    private String username;

    @Column(nullable = false, updatable = false)
    private String action;

    @Column(name = "object_type", updatable = false)
    private String objectType;

    @Column(name = "object_id", updatable = false)
    private Long objectId;

    @Column(name = "object_label", updatable = false)
    private String objectLabel;

    @Column(name = "revision_id", updatable = false)
    private Long revisionId;

    @Column(updatable = false)
    private String detail;

    protected AuditEntry() {
    }

    AuditEntry(Instant at, String username, String action, String objectType, Long objectId, String objectLabel,
            Long revisionId, String detail) {
        this.at = at;
        this.username = username;
        this.action = action;
        this.objectType = objectType;
        this.objectId = objectId;
        this.objectLabel = objectLabel;
        this.revisionId = revisionId;
        this.detail = detail;
    }

    public Long getId() {
        return id;
    }

    public Instant getAt() {
        return at;
    }

    public String getUsername() {
        return username;
    }

    public String getAction() {
        return action;
    }

    public String getObjectType() {
        return objectType;
    }

    public Long getObjectId() {
        return objectId;
    }

    public String getObjectLabel() {
        return objectLabel;
    }

    public Long getRevisionId() {
        return revisionId;
    }

    public String getDetail() {
        return detail;
    }
}
