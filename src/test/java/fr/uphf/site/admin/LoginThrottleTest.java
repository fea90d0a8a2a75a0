package fr.uphf.site.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;

import fr.uphf.site.support.MutableClock;
import org.junit.jupiter.api.Test;

/**
 * The throttle's counting on hand-made limits: 3 attempts per account from one address, 4 per address, 10-minute
 * window and lock.
 */
class LoginThrottleTest {

    private final MutableClock clock = new MutableClock();
    private final LoginThrottle throttle = new LoginThrottle(
            new LoginProperties(3, 4, Duration.ofMinutes(10), Duration.ofMinutes(10), 100), clock);

    @Test
    void theAttemptThatReachesTheLimitIsCheckedAndTheNextOnesAreRefused() {
        for (int attempt = 1; attempt <= 3; attempt++) {
            assertThat(throttle.reserve("Alix", "10.0.0.1")).as("attempt " + attempt).isEmpty();
        }
        assertThat(throttle.reserve("alix ", "10.0.0.1")).hasValueSatisfying(remaining ->
                assertThat(remaining).isBetween(Duration.ofMinutes(10).minusSeconds(5), Duration.ofMinutes(10)));
        assertThat(throttle.locks()).singleElement().satisfies(lock -> {
            assertThat(lock.name()).isEqualTo("alix");
            assertThat(lock.from()).isEqualTo("10.0.0.1");
        });

        clock.advance(Duration.ofMinutes(10));
        assertThat(throttle.reserve("alix", "10.0.0.1")).isEmpty();
        assertThat(throttle.locks()).isEmpty();
    }

    @Test
    void anAccountLockedFromOneAddressStillSignsInFromAnotherUntilUnlockedEverywhere() {
        for (int attempt = 1; attempt <= 3; attempt++) {
            throttle.reserve("admin", "203.0.113.7");
        }
        assertThat(throttle.reserve("admin", "203.0.113.7")).isPresent();
        assertThat(throttle.reserve("admin", "10.0.0.5")).isEmpty();

        throttle.unlockAccount("admin");
        assertThat(throttle.reserve("admin", "203.0.113.7")).isEmpty();
    }

    @Test
    void aSuccessStartsTheAccountAfresh() {
        throttle.reserve("bao", "10.0.1.1");
        throttle.reserve("bao", "10.0.1.1");
        throttle.succeeded("bao", "10.0.1.1");
        throttle.reserve("bao", "10.0.1.1");
        throttle.reserve("bao", "10.0.1.1");
        assertThat(throttle.reserve("bao", "10.0.1.1")).isEmpty();
        assertThat(throttle.reserve("bao", "10.0.1.1")).isPresent();
    }

    @Test
    void successfulSignInsDoNotCountAgainstTheirAddress() {
        for (int colleague = 0; colleague < 10; colleague++) {
            assertThat(throttle.reserve("collegue-" + colleague, "10.0.1.9")).isEmpty();
            throttle.succeeded("collegue-" + colleague, "10.0.1.9");
        }
        assertThat(throttle.locks()).isEmpty();
    }

    @Test
    void anAttemptRefusedForItsAccountIsNotCountedAgainstItsAddress() {
        for (int attempt = 1; attempt <= 3; attempt++) {
            throttle.reserve("chris", "10.0.2.9");
        }
        for (int attempt = 0; attempt < 10; attempt++) {
            assertThat(throttle.reserve("chris", "10.0.2.9")).isPresent();
        }
        assertThat(throttle.reserve("dana", "10.0.2.9")).isEmpty();
    }

    @Test
    void tooManyAttemptsFromOneAddressLockItUntilAnAdministratorUnlocksIt() {
        for (int attempt = 1; attempt <= 4; attempt++) {
            throttle.reserve("nom-" + attempt, "10.0.3.1");
        }
        Optional<Duration> refused = throttle.reserve("eli", "10.0.3.1");
        assertThat(refused).isPresent();
        assertThat(throttle.reserve("eli", "10.0.3.2")).isEmpty();
        assertThat(throttle.locks()).singleElement().satisfies(lock -> {
            assertThat(lock.account()).isFalse();
            assertThat(lock.name()).isEqualTo("10.0.3.1");
        });

        throttle.unlockAddress("10.0.3.1");
        assertThat(throttle.reserve("eli", "10.0.3.1")).isEmpty();
    }

    @Test
    void attemptsOlderThanTheWindowNoLongerCount() {
        throttle.reserve("fred", "10.0.4.1");
        throttle.reserve("fred", "10.0.4.1");
        clock.advance(Duration.ofMinutes(11));
        throttle.reserve("fred", "10.0.4.1");
        throttle.reserve("fred", "10.0.4.1");
        assertThat(throttle.reserve("fred", "10.0.4.1")).isEmpty();
        assertThat(throttle.reserve("fred", "10.0.4.1")).isPresent();
    }
}
