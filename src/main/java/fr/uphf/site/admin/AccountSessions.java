package fr.uphf.site.admin;

import java.util.Objects;

import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;

/**
 * The open sessions of staff accounts, found in the session table by their account's name (see SecurityConfiguration):
 * ending them marks them expired there, so that the account's next request, whatever it is and whichever instance of
 * the site receives it, goes back to the sign-in page without being done.
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
        registry.getAllSessions(username, false).stream()
                .filter(session -> !Objects.equals(session.getSessionId(), keptSessionId))
                .forEach(SessionInformation::expireNow);
    }
}
