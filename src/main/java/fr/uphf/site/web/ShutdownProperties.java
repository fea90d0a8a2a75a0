package fr.uphf.site.web;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Stopping: for at most {@code drain} after the site is asked to stop, and as long as requests keep coming, it still
 * accepts connections but tells every client to close its own (see {@link ConnectionDraining}).
 */
@ConfigurationProperties("uphf.shutdown")
record ShutdownProperties(@DefaultValue("2s") Duration drain) {
}
