package fr.uphf.site.audit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A snapshot (JSON) of an object as one save left it, with its author; for pages, the latest one may be a draft. */
@Entity
@Table(name = "revision")
public class Revision {

    /** The author shown for the first revision of content that was seeded, kept before its first change. */
    public static final String ORIGINAL_AUTHOR = "version d'origine";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "object_type", nullable = false, updatable = false)
    private String objectType;

    @Column(name = "object_id", nullable = false, updatable = false)
    private Long objectId;

    @Column(nullable = false, updatable = false)
    private String snapshot;

    @Column(nullable = false, updatable = false)
    private String author;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "go_live_at")
    private Instant goLiveAt;

    protected Revision() {
    }

    public Revision(String objectType, Long objectId, String snapshot, String author, Instant createdAt) {
        this.objectType = objectType;
        this.objectId = objectId;
        this.snapshot = snapshot;
        this.author = author;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public String getObjectType() {
        return objectType;
    }

    public Long getObjectId() {
        return objectId;
    }

    public String getSnapshot() {
        return snapshot;
    }

    public String getAuthor() {
        return author;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getGoLiveAt() {
        return goLiveAt;
    }

    public void setGoLiveAt(Instant goLiveAt) {
        this.goLiveAt = goLiveAt;
    }
}
