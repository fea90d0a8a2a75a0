package fr.uphf.site.web;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The university's clock: publication and expiry dates are in Europe/Paris time. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class TimeConfiguration {

    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Bean
    Clock clock() {
        return Clock.system(PARIS);
    }
}
