package ru.edu.mentoring.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues one-use links to set a password: 32 random bytes (base64url) in the link, their SHA-256 in the database, valid
 * {@code app.accounts.link-validity} (72 h). A new link ends the user's links still open. The link goes out as a
 * {@link PasswordLinkIssued} event, published in the issuing transaction (the mail module sends the letter once it
 * commits); the raw token is written nowhere else, never logged.
 */
@Component
class PasswordLinks {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final PasswordTokenRepository tokens;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Duration validity;
    private final String baseUrl;

    PasswordLinks(PasswordTokenRepository tokens, ApplicationEventPublisher events, Clock clock,
            @Value("${app.accounts.link-validity:72h}") Duration validity,
            @Value("${app.base-url:http://localhost:8080}") String baseUrl) {
        this.tokens = tokens;
        this.events = events;
        this.clock = clock;
        this.validity = validity;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** Issues a link to the user's e-mail address (which the caller checked is there) and publishes it. */
    @Transactional
    PasswordLinkIssued issue(UserAccount user, PasswordLinkIssued.Purpose purpose) {
        Instant now = clock.instant();
        tokens.endOpen(user.getId(), now);
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String raw = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant expires = now.plus(validity);
        tokens.save(new PasswordToken(user.getId(), hash(raw), purpose, now, expires));
        PasswordLinkIssued event = new PasswordLinkIssued(user.getId(), user.getEmail(), user.getFullName(),
                baseUrl + "/password/set?token=" + raw, expires, purpose);
        events.publishEvent(event);
        return event;
    }

    /** The link's token if it is still usable (known, unused, unexpired), locked for its use. */
    Optional<PasswordToken> forUse(String raw) {
        if (raw == null || raw.isBlank() || raw.length() > 100) {
            return Optional.empty();
        }
        return tokens.findForUse(hash(raw)).filter(t -> t.usableAt(clock.instant()));
    }

    /** Whether the link still works, without using it (the page that asks for the new password). */
    boolean usable(String raw) {
        if (raw == null || raw.isBlank() || raw.length() > 100) {
            return false;
        }
        return tokens.findByTokenHash(hash(raw)).filter(t -> t.usableAt(clock.instant())).isPresent();
    }

    /** Uses the token and ends every other open link of its user. */
    void use(PasswordToken token) {
        Instant now = clock.instant();
        token.use(now);
        tokens.endOpen(token.getUserId(), now);
    }

    /** Ends the user's open links (their password was just changed). */
    void endOpen(long userId) {
        tokens.endOpen(userId, clock.instant());
    }

    static String hash(String raw) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(raw.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
