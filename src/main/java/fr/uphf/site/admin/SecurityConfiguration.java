package fr.uphf.site.admin;

import java.util.LinkedHashMap;
import java.util.List;

import fr.uphf.site.audit.AuditAction;
import fr.uphf.site.audit.AuditLog;
import fr.uphf.site.web.SitePolicy;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.RequestMatcherDelegatingAccessDeniedHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.header.writers.CacheControlHeadersWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.security.SpringSessionBackedSessionRegistry;

/**
 * One filter chain: the public site is open, /admin needs a staff account, account management and the audit log need
 * ADMIN. Every redirect it sends is relative, never built from the Host header; staff answers are never cached; each
 * staff session can be found by its account's name and ended (see AccountSessions). Sessions live in PostgreSQL
 * (Spring Session JDBC), so that every instance of the site knows them all; its cookie keeps the container's
 * attributes ({@code server.servlet.session.cookie.*}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LoginProperties.class)
class SecurityConfiguration {

    static final String LOGIN = "/connexion";
    static final String DENIED = "/admin/acces-refuse";
    private static final RequestMatcher STAFF = SitePolicy::isStaffPath;
    private static final long ONE_YEAR = 31_536_000;
    private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, LoginThrottle throttle, AuditLog audit,
            SessionRegistry sessions) throws Exception {
        LoginUrlAuthenticationEntryPoint signIn = new LoginUrlAuthenticationEntryPoint(LOGIN);
        signIn.setFavorRelativeUris(true);
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/admin/comptes/**", "/admin/journal/**", "/admin/corbeille/**").hasRole(Role.ADMIN.name())
                        .requestMatchers("/admin/**").hasAnyRole(Role.EDITOR.name(), Role.ADMIN.name())
                        .anyRequest().permitAll())
                .formLogin(form -> form.loginPage(LOGIN).defaultSuccessUrl("/admin", true)
                        .failureHandler((request, response, exception) -> {
                            LoginController.rememberUsername(request, request.getParameter("username"));
                            response.sendRedirect(request.getContextPath() + LOGIN + "?erreur");
                        })
                        .permitAll())
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(signIn)
                        .accessDeniedHandler(accessDeniedHandler()))
                // Spring Session deletes the ended session's cookie itself.
                .logout(logout -> logout.logoutUrl("/deconnexion").logoutSuccessUrl(LOGIN + "?deconnecte"))
                .sessionManagement(session -> session.maximumSessions(-1).sessionRegistry(sessions)
                        .expiredUrl(LOGIN + "?expire"))
                // Only staff change anything: the public site has no form that writes, so its other methods get 405.
                .csrf(csrf -> csrf.requireCsrfProtectionMatcher(request ->
                        !List.of("GET", "HEAD", "OPTIONS", "TRACE").contains(request.getMethod())
                                && STAFF.matches(request)))
                // Every answer, error pages included: no foreign or inline script, no framing, HTTPS kept once used
                // (Strict-Transport-Security is sent over HTTPS only), nosniff (a default). Public pages keep their
                // own caching; staff pages hold private data and must never be stored.
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(SitePolicy.CONTENT_SECURITY_POLICY))
                        .permissionsPolicyHeader(permissions -> permissions.policy(SitePolicy.PERMISSIONS_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .frameOptions(frames -> frames.deny())
                        .httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(ONE_YEAR).includeSubDomains(true))
                        .cacheControl(cache -> cache.disable())
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(STAFF, new CacheControlHeadersWriter())))
                .addFilterBefore(new LoginThrottleFilter(throttle, audit), UsernamePasswordAuthenticationFilter.class);
        return http.build();
    }

    /** Signed-in staff refused a screen stay in the admin, with its menu; anyone else gets the site's 403 page. */
    private static AccessDeniedHandler accessDeniedHandler() {
        AccessDeniedHandlerImpl insideAdmin = new AccessDeniedHandlerImpl();
        insideAdmin.setErrorPage(DENIED);
        LinkedHashMap<RequestMatcher, AccessDeniedHandler> handlers = new LinkedHashMap<>();
        handlers.put(SecurityConfiguration::signedInStaffInAdmin, insideAdmin);
        return new RequestMatcherDelegatingAccessDeniedHandler(handlers, new AccessDeniedHandlerImpl());
    }

    private static boolean signedInStaffInAdmin(HttpServletRequest request) {
        return request.getRequestURI().startsWith("/admin/")
                && TRUST.isAuthenticated(SecurityContextHolder.getContext().getAuthentication());
    }

    /** The sessions of the session table, indexed by their account's name: those of every instance of the site. */
    @Bean
    <S extends Session> SessionRegistry sessionRegistry(FindByIndexNameSessionRepository<S> sessions) {
        return new SpringSessionBackedSessionRegistry<>(sessions);
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    UserDetailsService userDetailsService(AppUserRepository users) {
        return username -> users.findByUsername(username)
                .map(user -> User.withUsername(user.getUsername())
                        .password(user.getPasswordHash())
                        .roles(user.getRole().name())
                        .disabled(!user.isEnabled())
                        .build())
                .orElseThrow(() -> new UsernameNotFoundException(username));
    }

    /** Gives back the throttle's reservation on success, and writes sign-ins and failures to the audit log. */
    @Configuration(proxyBeanMethods = false)
    static class LoginEvents {

        private final LoginThrottle throttle;
        private final AuditLog audit;

        LoginEvents(LoginThrottle throttle, AuditLog audit) {
            this.throttle = throttle;
            this.audit = audit;
        }

        @EventListener
        void failed(AbstractAuthenticationFailureEvent event) {
            audit.recordLogin(AuditAction.LOGIN_FAILED, event.getAuthentication().getName(),
                    "adresse " + address(event.getAuthentication().getDetails()));
        }

        @EventListener
        void succeeded(AuthenticationSuccessEvent event) {
            String address = address(event.getAuthentication().getDetails());
            throttle.succeeded(event.getAuthentication().getName(), address);
            audit.recordLogin(AuditAction.LOGIN, event.getAuthentication().getName(), "adresse " + address);
        }

        private static String address(Object details) {
            return details instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : "inconnue";
        }
    }
}
