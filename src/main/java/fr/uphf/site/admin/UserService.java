package fr.uphf.site.admin;

import java.util.List;

import fr.uphf.site.audit.AuditAction;
import fr.uphf.site.audit.AuditLog;
import fr.uphf.site.shared.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff accounts: created, disabled, re-enabled, given a new password or another role, and unlocked by an
 * administrator; each member of staff changes their own password. Whatever changes who may act ends the account's
 * open sessions; every action is audited.
 */
@Service
public class UserService {

    public static final int MIN_PASSWORD_LENGTH = 12;

    private static final String TYPE = "compte";

    private final AppUserRepository users;
    private final PasswordEncoder encoder;
    private final AuditLog audit;
    private final AccountSessions sessions;
    private final LoginThrottle throttle;
    private final MessageSource messages;

    UserService(AppUserRepository users, PasswordEncoder encoder, AuditLog audit, AccountSessions sessions,
            LoginThrottle throttle, MessageSource messages) {
        this.users = users;
        this.encoder = encoder;
        this.audit = audit;
        this.sessions = sessions;
        this.throttle = throttle;
        this.messages = messages;
    }

    @Transactional(readOnly = true)
    public List<AppUser> all() {
        return users.findAllByOrderByUsername();
    }

    @Transactional(readOnly = true)
    public boolean exists(String username) {
        return users.findByUsername(username.trim()).isPresent();
    }

    /** The accounts and addresses refused sign-in now, and until when. */
    public List<LoginThrottle.Lock> locks() {
        return throttle.locks();
    }

    @Transactional
    public AppUser create(UserForm form) {
        AppUser user = users.save(new AppUser(form.username().trim(), encoder.encode(form.password()), form.role()));
        audit.record(AuditAction.CREATE, TYPE, user.getId(), user.getUsername() + " (" + label(user.getRole()) + ")", null);
        return user;
    }

    @Transactional
    public void setEnabled(long id, boolean enabled) {
        AppUser user = find(id);
        if (!enabled && isCurrentUser(user)) {
            throw new IllegalArgumentException("self");
        }
        user.setEnabled(enabled);
        audit.record(enabled ? AuditAction.ENABLE : AuditAction.DISABLE, TYPE, user.getId(), user.getUsername(), null);
        if (!enabled) {
            sessions.end(user.getUsername());
        }
    }

    /** An administrator gives an account a new password: its sessions end and its sign-in lock, if any, is lifted. */
    @Transactional
    public void resetPassword(long id, String password) {
        AppUser user = find(id);
        user.setPasswordHash(encoder.encode(password));
        audit.record(AuditAction.PASSWORD_RESET, TYPE, user.getId(), user.getUsername(), null);
        sessions.end(user.getUsername());
        throttle.unlockAccount(user.getUsername());
    }

    @Transactional
    public void changeRole(long id, Role role) {
        AppUser user = find(id);
        if (isCurrentUser(user)) {
            throw new IllegalArgumentException("self");
        }
        user.setRole(role);
        audit.record(AuditAction.ROLE_CHANGE, TYPE, user.getId(), user.getUsername() + " : " + label(role), null);
        sessions.end(user.getUsername());
    }

    /**
     * The signed-in member of staff changes their own password, giving the current one; their other sessions end.
     *
     * @return false, changing nothing, when the current password is wrong
     */
    @Transactional
    public boolean changeOwnPassword(String current, String password, String keptSessionId) {
        AppUser user = users.findByUsername(AuditLog.currentUsername())
                .orElseThrow(() -> new NotFoundException("compte " + AuditLog.currentUsername()));
        if (!encoder.matches(current, user.getPasswordHash())) {
            return false;
        }
        user.setPasswordHash(encoder.encode(password));
        audit.record(AuditAction.PASSWORD_CHANGE, TYPE, user.getId(), user.getUsername(), null);
        sessions.endAllBut(user.getUsername(), keptSessionId);
        return true;
    }

    /** Lifts the sign-in lock of an account (known or not: the lock is on the name typed). */
    public void unlockAccount(String username) {
        throttle.unlockAccount(username);
        audit.recordLogin(AuditAction.UNLOCK, AuditLog.currentUsername(), "compte " + username);
    }

    public void unlockAddress(String address) {
        throttle.unlockAddress(address);
        audit.recordLogin(AuditAction.UNLOCK, AuditLog.currentUsername(), "adresse " + address);
    }

    private AppUser find(long id) {
        return users.findById(id).orElseThrow(() -> new NotFoundException("compte " + id));
    }

    private static boolean isCurrentUser(AppUser user) {
        return user.getUsername().equals(AuditLog.currentUsername());
    }

    private String label(Role role) {
        return messages.getMessage("admin.role." + role.name(), null, LocaleContextHolder.getLocale());
    }
}
