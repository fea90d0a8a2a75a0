package fr.uphf.site.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Stopping: from the moment the site is asked to stop, every answer tells its client to close the connection. */
class ConnectionDrainingTest {

    private final ConnectionDraining draining = new ConnectionDraining(new ShutdownProperties(Duration.ofSeconds(5)));

    private MockHttpServletResponse answer() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        draining.doFilter(new MockHttpServletRequest("GET", "/universite"), response, new MockFilterChain());
        return response;
    }

    @Test
    void connectionsAreKeptWhileTheSiteRuns() throws Exception {
        draining.start();
        assertThat(draining.isRunning()).isTrue();
        assertThat(answer().getHeader("Connection")).isNull();
    }

    @Test
    void onceStoppingEveryAnswerTellsItsClientToClose() throws Exception {
        draining.start();
        // No request for a while: nobody to tell, the stop does not wait for the drain period.
        draining.stop();
        assertThat(draining.isRunning()).isFalse();
        assertThat(answer().getHeader("Connection")).isEqualTo("close");
        assertThat(answer().getHeader("Connection")).isEqualTo("close");
    }

    /** While requests keep coming, their clients are still being told: the stop waits, up to the drain period. */
    @Test
    void theStopWaitsWhileRequestsKeepComing() throws Exception {
        draining.start();
        Thread stopping = new Thread(draining::stop);
        answer();
        stopping.start();
        for (int i = 0; i < 8; i++) {
            Thread.sleep(ConnectionDraining.QUIET.toMillis() / 5);
            answer();
        }
        assertThat(stopping.isAlive()).as("stopped while requests were still coming").isTrue();
        stopping.join();
        assertThat(draining.isRunning()).isFalse();
    }
}
