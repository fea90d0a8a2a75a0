package fr.uphf.site.admin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

/** Counts failed sign-ins per account and per address, and locks either for a while after too many. */
@Component
public class LoginThrottle {

    private final LoginProperties properties;
    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final Map<String, Instant> lockedUntil = new ConcurrentHashMap<>();

    LoginThrottle(LoginProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    /** How long the account or the address must still wait, if either is locked. */
    public Optional<Duration> lockRemaining(String username, String address) {
        Instant now = clock.instant();
        return Stream.of(userKey(username), addressKey(address))
                .map(lockedUntil::get)
                .filter(until -> until != null && until.isAfter(now))
                .max(Instant::compareTo)
                .map(until -> Duration.between(now, until));
    }

    public void failed(String username, String address) {
        count(userKey(username), properties.maxFailures());
        count(addressKey(address), properties.maxFailuresPerAddress());
    }

    public void succeeded(String username) {
        failures.remove(userKey(username));
        lockedUntil.remove(userKey(username));
    }

    private void count(String key, int maxFailures) {
        Instant now = clock.instant();
        Deque<Instant> recent = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (recent) {
            recent.addLast(now);
            while (!recent.isEmpty() && recent.peekFirst().isBefore(now.minus(properties.window()))) {
                recent.removeFirst();
            }
            if (recent.size() >= maxFailures) {
                lockedUntil.put(key, now.plus(properties.lockDuration()));
                recent.clear();
            }
        }
    }

    private static String userKey(String username) {
        return "user:" + (username == null ? "" : username.trim().toLowerCase(Locale.ROOT));
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }
}
