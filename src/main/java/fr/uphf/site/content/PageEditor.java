package fr.uphf.site.content;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import fr.uphf.site.audit.AuditAction;
import fr.uphf.site.audit.AuditLog;
import fr.uphf.site.audit.Revision;
import fr.uphf.site.audit.RevisionRepository;
import fr.uphf.site.audit.Trash;
import fr.uphf.site.shared.Area;
import fr.uphf.site.shared.NotFoundException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every change staff make to pages, in one place: drafts, publication (now or scheduled), unpublication, deletion
 * (to the trash), revisions and their restoration. Each writes a revision and/or an audit entry in the same transaction.
 */
@Service
public class PageEditor {

    static final String TYPE = "page";

    private final PageRepository pages;
    private final RevisionRepository revisions;
    private final PageRedirectRepository redirects;
    private final MarkdownRenderer markdown;
    private final AuditLog audit;
    private final JsonMapper json;
    private final Clock clock;
    private final Trash trash;
    private final EntityManager entities;

    PageEditor(PageRepository pages, RevisionRepository revisions, PageRedirectRepository redirects,
            MarkdownRenderer markdown, AuditLog audit, JsonMapper json, Clock clock, Trash trash,
            EntityManager entities) {
        this.pages = pages;
        this.revisions = revisions;
        this.redirects = redirects;
        this.markdown = markdown;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
        this.trash = trash;
        this.entities = entities;
    }

    /** What the admin shows of a page: the page and the draft to edit (its latest revision, or its live content). */
    public record Editing(Page page, PageDraft draft, Revision latest) {

        /** Whether the publication scheduled is of an earlier version than the latest draft, which it will not publish. */
        public boolean scheduledIsOlder() {
            return page.getGoLiveAt() != null && latest != null && latest.getGoLiveAt() == null;
        }
    }

    @Transactional(readOnly = true)
    public List<Page> all() {
        return pages.findAllByOrderByAreaAscSortOrderAscIdAsc();
    }

    @Transactional(readOnly = true)
    public Editing editing(long id) {
        Page page = find(id);
        Optional<Revision> latest = revisions.findFirstByObjectTypeAndObjectIdOrderByIdDesc(TYPE, id);
        PageDraft draft = page.isHasUnpublishedChanges() && latest.isPresent() ? read(latest.get()) : page.live();
        return new Editing(page, draft, latest.orElse(null));
    }

    @Transactional(readOnly = true)
    public List<Revision> revisions(long id) {
        return revisions.findByObjectTypeAndObjectIdOrderByCreatedAtDescIdDesc(TYPE, id);
    }

    @Transactional(readOnly = true)
    public Revision revision(long pageId, long revisionId) {
        return revisions.findById(revisionId)
                .filter(revision -> TYPE.equals(revision.getObjectType()) && revision.getObjectId().equals(pageId))
                .orElseThrow(() -> new NotFoundException("révision " + revisionId));
    }

    public PageDraft read(Revision revision) {
        return json.readValue(revision.getSnapshot(), PageDraft.class);
    }

    /** The page as it will look once its latest draft is published; nothing is saved. */
    @Transactional(readOnly = true)
    public Page preview(long id) {
        Editing editing = editing(id);
        return editing.page().preview(editing.draft(), markdown.render(editing.draft().bodyMarkdown()), clock.instant());
    }

    /**
     * The rule of a page's address beyond its spelling (a {@code @Slug} on the form): an area's index has none, every
     * other page has one that no other page of its area uses. {@code id} is null for a new page.
     */
    @Transactional(readOnly = true)
    public void checkSlug(Area area, Long id, PageForm form, Errors errors) {
        if (errors.hasFieldErrors("slug") || form.slug() == null) {
            return;
        }
        boolean index = id != null && find(id).isIndex();
        if (index != form.slug().isEmpty()) {
            errors.rejectValue("slug", index ? "admin.page.slug.index" : "admin.page.slug.required");
        } else if (!index && pages.findByAreaAndSlug(area, form.slug())
                .filter(other -> !other.getId().equals(id)).isPresent()) {
            errors.rejectValue("slug", "admin.page.slug.taken");
        }
    }

    @Transactional
    public Page create(Area area, PageForm form) {
        Page index = pages.findByAreaAndSlug(area, "").orElseThrow(() -> new NotFoundException(area.url()));
        PageDraft draft = form.draft();
        Page page = pages.save(Page.create(area, index.getId(), draft));
        Revision revision = saveRevision(page, draft);
        audit.record(AuditAction.CREATE, TYPE, page.getId(), draft.title(), revision.getId());
        return page;
    }

    /**
     * Saves the form as the page's new draft and, when asked, publishes it (now, or at the form's time) in the same
     * transaction. A form started from an older version of the page is refused as stale. The page row stays locked
     * until the end of the transaction, so that of two saves started from the same version, the second waits and is
     * then refused rather than failing.
     */
    @Transactional
    public void save(long id, PageForm form, PageAction action) {
        saveDraft(id, form);
        if (action == PageAction.PUBLISH) {
            publish(id, form.goLive());
        }
    }

    private void saveDraft(long id, PageForm form) {
        Page page = lock(id);
        if (form.version() == null || form.version() != page.getVersion()) {
            Editing current = editing(id);
            throw new StaleEditException(current.draft(),
                    current.latest() == null ? "?" : current.latest().getAuthor(), page.getVersion());
        }
        PageDraft draft = form.draft();
        if (page.isIndex() && !draft.slug().isEmpty()) {
            throw new LockedPageException(id);
        }
        keepOriginal(page);
        page.draftSaved();
        entities.lock(page, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        Revision revision = saveRevision(page, draft);
        audit.record(AuditAction.EDIT, TYPE, page.getId(), draft.title(), revision.getId());
    }

    /**
     * Publishes the latest draft now, or at {@code goLiveAt} when that is in the future, in place of any earlier
     * schedule of the page.
     */
    @Transactional
    public void publish(long id, Instant goLiveAt) {
        Page page = lock(id);
        Revision latest = revisions.findFirstByObjectTypeAndObjectIdOrderByIdDesc(TYPE, id)
                .orElseGet(() -> saveRevision(page, page.live()));
        if (goLiveAt != null && goLiveAt.isAfter(clock.instant())) {
            clearSchedule(id);
            latest.setGoLiveAt(goLiveAt);
            page.schedule(goLiveAt);
            audit.record(AuditAction.SCHEDULE, TYPE, page.getId(), page.getTitle(), latest.getId());
            return;
        }
        goLive(page, latest);
    }

    /** Cancels the page's scheduled publication; its drafts stay as they are. */
    @Transactional
    public void cancelSchedule(long id) {
        Page page = lock(id);
        if (page.getGoLiveAt() == null) {
            return;
        }
        clearSchedule(id);
        page.schedule(null);
        audit.record(AuditAction.SCHEDULE_CANCEL, TYPE, page.getId(), page.getTitle(), null);
    }

    /**
     * Publishes the revisions whose scheduled time has come, and says how many. Every instance of the site runs this:
     * each page is published by the run that locks its row first; a run that read the revision before and gets the
     * lock after finds the page no longer due (nor when an editor published, cancelled or put off its publication
     * meanwhile), and leaves it.
     */
    @Transactional
    public int publishDue() {
        Instant now = clock.instant();
        int published = 0;
        for (Revision revision : revisions.findByObjectTypeAndGoLiveAtLessThanEqual(TYPE, now)) {
            Page page = pages.findForUpdate(revision.getObjectId()).orElse(null);
            if (page != null && page.getGoLiveAt() != null && !page.getGoLiveAt().isAfter(now)) {
                goLive(page, revision);
                published++;
            }
        }
        return published;
    }

    @Transactional
    public void unpublish(long id) {
        Page page = lock(id);
        if (page.isIndex()) {
            throw new LockedPageException(id);
        }
        page.unpublish();
        clearSchedule(id);
        audit.record(AuditAction.UNPUBLISH, TYPE, page.getId(), page.getTitle(), null);
    }

    /** Moves the page to the trash, with its redirects; refused by the database while other pages are under it. */
    @Transactional
    public void delete(long id) {
        Page page = lock(id);
        if (page.isIndex()) {
            throw new LockedPageException(id);
        }
        trash.put(Trash.PAGE, "page", id, page.getTitle());
    }

    /** Makes an old revision the page's draft again; publishing it is a separate, deliberate step. */
    @Transactional
    public Revision restore(long id, long revisionId) {
        Page page = lock(id);
        PageDraft draft = read(revision(id, revisionId));
        page.draftSaved();
        entities.lock(page, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        Revision restored = saveRevision(page, draft);
        audit.record(AuditAction.RESTORE, TYPE, page.getId(), draft.title(), restored.getId());
        return restored;
    }

    /**
     * Publishes a revision. A draft saved after it (when a scheduled revision goes live) stays a draft, still to be
     * published.
     */
    private void goLive(Page page, Revision revision) {
        PageDraft draft = read(revision);
        String oldUrl = page.getLastPublishedAt() == null ? null : page.url();
        page.apply(draft, markdown.render(draft.bodyMarkdown()));
        page.publish(clock.instant(), revisions.existsByObjectTypeAndObjectIdAndIdGreaterThan(TYPE, page.getId(),
                revision.getId()));
        clearSchedule(page.getId());
        if (oldUrl != null && !oldUrl.equals(page.url())) {
            redirects.deleteByOldPath(page.url());
            redirects.findByOldPath(oldUrl).ifPresentOrElse(existing -> existing.setPageId(page.getId()),
                    () -> redirects.save(new PageRedirect(oldUrl, page.getId())));
        }
        audit.record(AuditAction.PUBLISH, TYPE, page.getId(), page.getTitle(), revision.getId());
    }

    private void clearSchedule(long pageId) {
        revisions.findByObjectTypeAndObjectIdOrderByCreatedAtDescIdDesc(TYPE, pageId)
                .forEach(revision -> revision.setGoLiveAt(null));
    }

    /** A page never edited here (seeded content) gets its first revision, its original text, before it changes. */
    private void keepOriginal(Page page) {
        if (!revisions.existsByObjectTypeAndObjectId(TYPE, page.getId())) {
            revisions.save(new Revision(TYPE, page.getId(), json.writeValueAsString(page.live()),
                    Revision.ORIGINAL_AUTHOR, page.getUpdatedAt()));
        }
    }

    private Revision saveRevision(Page page, PageDraft draft) {
        return revisions.save(new Revision(TYPE, page.getId(), json.writeValueAsString(draft),
                AuditLog.currentUsername(), clock.instant()));
    }

    private Page lock(long id) {
        return pages.findForUpdate(id).orElseThrow(() -> new NotFoundException("page " + id));
    }

    private Page find(long id) {
        return pages.findById(id).orElseThrow(() -> new NotFoundException("page " + id));
    }
}
