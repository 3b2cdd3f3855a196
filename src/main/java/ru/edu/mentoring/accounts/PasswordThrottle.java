package ru.edu.mentoring.accounts;

import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Throttles the password pages like the login ({@link LoginThrottleFilter}): failures per client address and per
 * account (or e-mail address) within a minute — a wrong current password, a link that does not work, and every
 * request for a reset link (each sends a letter). Past the limit the page answers 429 with a Russian message until
 * the minute has passed. The address is the connection's own unless a trusted proxy forwarded it.
 */
@Component
class PasswordThrottle {

    private static final int MAX_TRACKED = 100_000;

    private final FailureCounts byAddress;
    private final FailureCounts byAccount;

    PasswordThrottle(@Value("${app.security.failed-logins-per-ip-per-minute:20}") int perAddress,
            @Value("${app.security.failed-logins-per-account-per-minute:10}") int perAccount) {
        this.byAddress = new FailureCounts(perAddress, MAX_TRACKED);
        this.byAccount = new FailureCounts(perAccount, MAX_TRACKED);
    }

    /** True when the address, or the account, used up its attempts of the last minute. */
    boolean blocked(String address, String account) {
        long now = System.currentTimeMillis();
        return byAddress.over("pw:" + address, now) || (account != null && byAccount.over(key(account), now));
    }

    void failed(String address, String account) {
        long now = System.currentTimeMillis();
        byAddress.record("pw:" + address, now);
        if (account != null) {
            byAccount.record(key(account), now);
        }
    }

    private static String key(String account) {
        return account.strip().toLowerCase(Locale.ROOT);
    }
}
