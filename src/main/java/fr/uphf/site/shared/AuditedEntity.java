package fr.uphf.site.shared;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;

/** What every row that staff edit has: an id, the time of its last change and a version for optimistic locking. */
@MappedSuperclass
public abstract class AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    @PrePersist
    @PreUpdate
    void touch() {
        updatedAt = Instant.now();
    }

    /** For an unsaved preview copy: the time to show as its last update. */
    protected void previewAt(Instant at) {
        updatedAt = at;
    }

    public Long getId() {
        return id;
    }

    /** The day of the last change, in the university's time zone. */
    public LocalDate updatedOn() {
        return LocalDate.ofInstant(updatedAt, TimeConfiguration.PARIS);
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
