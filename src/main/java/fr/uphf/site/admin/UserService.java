package fr.uphf.site.admin;

import java.util.List;

import fr.uphf.site.content.NotFoundException;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Staff accounts: created, disabled, re-enabled and given a new password by an administrator. */
@Service
public class UserService {

    public static final int MIN_PASSWORD_LENGTH = 12;

    private static final String TYPE = "compte";

    private final AppUserRepository users;
    private final PasswordEncoder encoder;
    private final AuditLog audit;

    UserService(AppUserRepository users, PasswordEncoder encoder, AuditLog audit) {
        this.users = users;
        this.encoder = encoder;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<AppUser> all() {
        return users.findAllByOrderByUsername();
    }

    @Transactional(readOnly = true)
    public boolean exists(String username) {
        return users.findByUsername(username.trim()).isPresent();
    }

    @Transactional
    public AppUser create(UserForm form) {
        AppUser user = users.save(new AppUser(form.username().trim(), encoder.encode(form.password()), form.role()));
        audit.record(AuditAction.CREATE, TYPE, user.getId(), user.getUsername() + " (" + user.getRole() + ")", null);
        return user;
    }

    @Transactional
    public void setEnabled(long id, boolean enabled) {
        AppUser user = users.findById(id).orElseThrow(() -> new NotFoundException("compte " + id));
        if (!enabled && user.getUsername().equals(AuditLog.currentUsername())) {
            throw new IllegalArgumentException("self");
        }
        user.setEnabled(enabled);
        audit.record(enabled ? AuditAction.ENABLE : AuditAction.DISABLE, TYPE, user.getId(), user.getUsername(), null);
    }

    @Transactional
    public void resetPassword(long id, String password) {
        AppUser user = users.findById(id).orElseThrow(() -> new NotFoundException("compte " + id));
        user.setPasswordHash(encoder.encode(password));
        audit.record(AuditAction.PASSWORD_RESET, TYPE, user.getId(), user.getUsername(), null);
    }
}
