package fr.uphf.site.admin;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in throttling: after {@code maxFailures} failed sign-ins for one account, or from one address, within
 * {@code window}, further attempts are refused for {@code lockDuration}.
 */
@ConfigurationProperties("uphf.login")
public record LoginProperties(
        @DefaultValue("5") int maxFailures,
        @DefaultValue("15m") Duration window,
        @DefaultValue("15m") Duration lockDuration) {
}
