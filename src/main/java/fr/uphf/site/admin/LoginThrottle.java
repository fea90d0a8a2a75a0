package fr.uphf.site.admin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.stereotype.Component;

/**
 * Counts sign-in attempts per account from one address, and per address, and locks either for a while after too
 * many. An account is locked only for the address its failures came from: nobody can lock an administrator out by
 * typing wrong passwords from elsewhere, while one address trying many accounts is stopped by its own limit. An attempt is
 * reserved before its password is checked, atomically per key, so that simultaneous attempts cannot all get through
 * before the limit applies; a successful sign-in gives its reservation back. Both counts live in Caffeine caches that
 * forget a key once its window and lock are over and never hold more than {@code uphf.login.max-tracked} keys.
 */
@Component
public class LoginThrottle {

    /** A lock in force on an account (from the address {@code from}) or on an address ({@code from} null). */
    public record Lock(boolean account, String name, String from, Instant until) {
    }

    /** An account, as tried from one address. */
    private record AccountFrom(String username, String address) {
    }

    /** The attempts of one key since {@code since}; {@code lockedUntil} is set once they reached the limit. */
    private record Attempts(int count, Instant since, Instant lockedUntil) {

        boolean locked(Instant now) {
            return lockedUntil != null && lockedUntil.isAfter(now);
        }

        boolean over(Instant now, Duration window) {
            return lockedUntil == null ? !since.plus(window).isAfter(now) : !locked(now);
        }
    }

    private final LoginProperties properties;
    private final Clock clock;
    private final Cache<AccountFrom, Attempts> accounts;
    private final Cache<String, Attempts> addresses;

    LoginThrottle(LoginProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
        this.accounts = cache();
        this.addresses = cache();
    }

    private <K> Cache<K, Attempts> cache() {
        Duration longest = properties.window().compareTo(properties.lockDuration()) > 0
                ? properties.window() : properties.lockDuration();
        return Caffeine.newBuilder()
                .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
                .expireAfterWrite(longest)
                .maximumSize(properties.maxTracked())
                .build();
    }

    /**
     * Reserves one attempt for this account from this address, or says how long the account or the address must
     * still wait if either is locked (nothing is then counted).
     */
    public Optional<Duration> reserve(String username, String address) {
        Instant now = clock.instant();
        Optional<Instant> refused = reserve(addresses, address, properties.maxFailuresPerAddress(), now);
        if (refused.isEmpty()) {
            refused = reserve(accounts, new AccountFrom(accountKey(username), address), properties.maxFailures(), now);
            refused.ifPresent(until -> release(addresses, address, properties.maxFailuresPerAddress()));
        }
        return refused.map(until -> Duration.between(now, until));
    }

    /** A successful sign-in: its account starts afresh, and its attempt no longer counts against its address. */
    public void succeeded(String username, String address) {
        accounts.invalidate(new AccountFrom(accountKey(username), address));
        release(addresses, address, properties.maxFailuresPerAddress());
    }

    /** Lifts the locks of the account, from every address. */
    public void unlockAccount(String username) {
        accounts.asMap().keySet().removeIf(key -> key.username().equals(accountKey(username)));
    }

    public void unlockAddress(String address) {
        addresses.invalidate(address);
    }

    /** The locks in force now, the one ending first first. */
    public List<Lock> locks() {
        Instant now = clock.instant();
        Stream<Lock> onAccounts = accounts.asMap().entrySet().stream()
                .filter(entry -> entry.getValue().locked(now))
                .map(entry -> new Lock(true, entry.getKey().username(), entry.getKey().address(),
                        entry.getValue().lockedUntil()));
        Stream<Lock> onAddresses = addresses.asMap().entrySet().stream()
                .filter(entry -> entry.getValue().locked(now))
                .map(entry -> new Lock(false, entry.getKey(), null, entry.getValue().lockedUntil()));
        return Stream.concat(onAccounts, onAddresses).sorted(Comparator.comparing(Lock::until)).toList();
    }

    /** Counts one more attempt for the key, unless it is locked: then says until when. Atomic for each key. */
    private <K> Optional<Instant> reserve(Cache<K, Attempts> cache, K key, int limit, Instant now) {
        Instant[] lockedUntil = {null};
        cache.asMap().compute(key, (k, attempts) -> {
            Attempts current = attempts == null || attempts.over(now, properties.window())
                    ? new Attempts(0, now, null) : attempts;
            if (current.locked(now)) {
                lockedUntil[0] = current.lockedUntil();
                return current;
            }
            int count = current.count() + 1;
            return new Attempts(count, current.since(), count >= limit ? now.plus(properties.lockDuration()) : null);
        });
        return Optional.ofNullable(lockedUntil[0]);
    }

    private static void release(Cache<String, Attempts> cache, String key, int limit) {
        cache.asMap().computeIfPresent(key, (k, attempts) -> {
            int count = Math.max(0, attempts.count() - 1);
            return new Attempts(count, attempts.since(), count >= limit ? attempts.lockedUntil() : null);
        });
    }

    private static String accountKey(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }
}
