package fr.uphf.site.shared;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The university's clock: publication and expiry dates are in Europe/Paris time. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
public class TimeConfiguration {

    /** The university's time zone, for annotations that need a constant. */
    public static final String ZONE = "Europe/Paris";

    public static final ZoneId PARIS = ZoneId.of(ZONE);

    @Bean
    Clock clock() {
        return Clock.system(PARIS);
    }
}
