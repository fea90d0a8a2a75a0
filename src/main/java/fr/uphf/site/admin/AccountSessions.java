package fr.uphf.site.admin;

import java.util.Objects;

import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;

/**
 * The open sessions of staff accounts (registered at sign-in, see SecurityConfiguration): ending them sends the
 * account's next request, whatever it is, back to the sign-in page, without doing it.
 */
@Component
class AccountSessions {

    private final SessionRegistry registry;

    AccountSessions(SessionRegistry registry) {
        this.registry = registry;
    }

    /** Ends every session of this account. */
    void end(String username) {
        endAllBut(username, null);
    }

    /** Ends every session of this account but the one given, in which its owner just acted. */
    void endAllBut(String username, String keptSessionId) {
        registry.getAllPrincipals().stream()
                .filter(principal -> principal instanceof UserDetails user && user.getUsername().equals(username))
                .flatMap(principal -> registry.getAllSessions(principal, false).stream())
                .filter(session -> !Objects.equals(session.getSessionId(), keptSessionId))
                .forEach(SessionInformation::expireNow);
    }
}
