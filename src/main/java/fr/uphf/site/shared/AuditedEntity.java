package fr.uphf.site.shared;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import org.springframework.data.annotation.LastModifiedBy;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.jpa.domain.support.AuditingEntityListener;

/**
 * What every row that staff edit has: an id, the time and author of its last change (written by Spring Data JPA
 * auditing, from the site's clock and the signed-in user) and a version for optimistic locking.
 */
@MappedSuperclass
@EntityListeners(AuditingEntityListener.class)
public abstract class AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @LastModifiedDate
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @LastModifiedBy
    @Column(name = "updated_by")
    private String updatedBy;

    @Version
    private long version;

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

    /** Who changed the row last, or null for a row as the migrations seeded it. */
    public String getUpdatedBy() {
        return updatedBy;
    }

    public long getVersion() {
        return version;
    }
}
