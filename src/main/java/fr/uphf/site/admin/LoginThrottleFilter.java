package fr.uphf.site.admin;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

import fr.uphf.site.audit.AuditAction;
import fr.uphf.site.audit.AuditLog;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reserves a sign-in attempt before any password is checked, and refuses it while its account or address is locked.
 */
class LoginThrottleFilter extends OncePerRequestFilter {

    private final LoginThrottle throttle;
    private final AuditLog audit;

    LoginThrottleFilter(LoginThrottle throttle, AuditLog audit) {
        this.throttle = throttle;
        this.audit = audit;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod())
                && (request.getContextPath() + SecurityConfiguration.LOGIN).equals(request.getRequestURI()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String username = request.getParameter("username");
        Optional<Duration> remaining = throttle.reserve(username, request.getRemoteAddr());
        if (remaining.isPresent()) {
            audit.recordLogin(AuditAction.LOGIN_REFUSED, String.valueOf(username), "adresse " + request.getRemoteAddr());
            LoginController.rememberUsername(request, username);
            long minutes = Math.max(1, (remaining.get().toSeconds() + 59) / 60);
            response.sendRedirect(request.getContextPath() + SecurityConfiguration.LOGIN + "?bloque=" + minutes);
            return;
        }
        chain.doFilter(request, response);
    }
}
