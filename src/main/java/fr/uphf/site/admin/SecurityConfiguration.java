package fr.uphf.site.admin;

import java.util.List;
import java.util.regex.Pattern;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** One filter chain: the public site is open, /admin needs a staff account, account management and the audit log need ADMIN. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LoginProperties.class)
class SecurityConfiguration {

    static final String LOGIN = "/connexion";
    private static final Pattern STAFF_PATHS = Pattern.compile("^(/admin(/.*)?|/connexion|/deconnexion)$");

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, LoginThrottle throttle, AuditLog audit) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/admin/comptes/**", "/admin/journal/**", "/admin/corbeille/**").hasRole(Role.ADMIN.name())
                        .requestMatchers("/admin/**").hasAnyRole(Role.EDITOR.name(), Role.ADMIN.name())
                        .anyRequest().permitAll())
                .formLogin(form -> form.loginPage(LOGIN).defaultSuccessUrl("/admin", true)
                        .failureUrl(LOGIN + "?erreur").permitAll())
                .logout(logout -> logout.logoutUrl("/deconnexion").logoutSuccessUrl(LOGIN + "?deconnecte")
                        .deleteCookies("JSESSIONID"))
                // Only staff change anything: the public site has no form that writes, so its other methods get 405.
                .csrf(csrf -> csrf.requireCsrfProtectionMatcher(request ->
                        !List.of("GET", "HEAD", "OPTIONS", "TRACE").contains(request.getMethod())
                                && STAFF_PATHS.matcher(request.getRequestURI()).matches()))
                .headers(headers -> headers.cacheControl(cache -> cache.disable()))
                .addFilterBefore(new LoginThrottleFilter(throttle, audit), UsernamePasswordAuthenticationFilter.class);
        return http.build();
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

    /** Counts failures and successes for the throttle, and writes them to the audit log. */
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
            String username = event.getAuthentication().getName();
            String address = address(event.getAuthentication().getDetails());
            throttle.failed(username, address);
            audit.recordLogin(AuditAction.LOGIN_FAILED, username, "adresse " + address);
        }

        @EventListener
        void succeeded(AuthenticationSuccessEvent event) {
            throttle.succeeded(event.getAuthentication().getName());
            audit.recordLogin(AuditAction.LOGIN, event.getAuthentication().getName(),
                    "adresse " + address(event.getAuthentication().getDetails()));
        }

        private static String address(Object details) {
            return details instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : "inconnue";
        }
    }
}
