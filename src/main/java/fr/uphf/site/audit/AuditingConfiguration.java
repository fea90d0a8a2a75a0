package fr.uphf.site.audit;

import java.time.Clock;
import java.util.Optional;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.auditing.DateTimeProvider;
import org.springframework.data.domain.AuditorAware;
import org.springframework.data.jpa.repository.config.EnableJpaAuditing;

/**
 * Spring Data JPA auditing of the rows staff edit: the time of a change comes from the site's clock, its author is
 * the signed-in user (or {@link AuditLog#currentUsername()}'s system name), as in the audit log.
 */
@Configuration(proxyBeanMethods = false)
@EnableJpaAuditing(dateTimeProviderRef = "auditingTime", auditorAwareRef = "auditingAuthor")
public class AuditingConfiguration {

    @Bean
    DateTimeProvider auditingTime(Clock clock) {
        return () -> Optional.of(clock.instant());
    }

    @Bean
    AuditorAware<String> auditingAuthor() {
        return () -> Optional.of(AuditLog.currentUsername());
    }
}
