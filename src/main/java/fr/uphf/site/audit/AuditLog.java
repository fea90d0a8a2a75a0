package fr.uphf.site.audit;

import java.time.Clock;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Writes the audit log: who did what to which object, and when. Called by the services that change things. */
@Service
public class AuditLog {

    private final AuditLogRepository entries;
    private final Clock clock;

    AuditLog(AuditLogRepository entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    /** Records an action of the signed-in user, in the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(AuditAction action, String objectType, Long objectId, String objectLabel, Long revisionId) {
        entries.save(new AuditEntry(clock.instant(), currentUsername(), action.name(), objectType, objectId,
                truncate(objectLabel, 300), revisionId, null));
    }

    /** Records a sign-in event, or an administrator lifting a sign-in lock, outside any content transaction. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordLogin(AuditAction action, String username, String detail) {
        entries.save(new AuditEntry(clock.instant(), truncate(username, 60), action.name(), null, null, null, null,
                truncate(detail, 500)));
    }

    public static String currentUsername() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "système" : authentication.getName();
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
