package fr.uphf.site.admin;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in throttling: after {@code maxFailures} sign-in attempts for one account, or {@code maxFailuresPerAddress} from
 * one address (higher: a campus network shares addresses), within {@code window}, further attempts for that account or
 * from that address are refused for {@code lockDuration}. A successful sign-in does not count. At most
 * {@code maxTracked} accounts and as many addresses are remembered, the least recent forgotten first.
 */
@ConfigurationProperties("uphf.login")
public record LoginProperties(
        @DefaultValue("5") int maxFailures,
        @DefaultValue("20") int maxFailuresPerAddress,
        @DefaultValue("15m") Duration window,
        @DefaultValue("15m") Duration lockDuration,
        @DefaultValue("10000") int maxTracked) {
}
