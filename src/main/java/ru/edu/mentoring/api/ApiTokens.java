package ru.edu.mentoring.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.Period;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import ru.edu.mentoring.accounts.CurrentUser;
import ru.edu.mentoring.accounts.Role;
import ru.edu.mentoring.shared.NotFoundException;

/**
 * API tokens: the administrator issues one per regional system (a 256-bit random value shown once; only its SHA-256
 * is kept) and revokes it; every request looks its token up in the database, so a revocation holds from the next
 * request on. Each call made with a token is audited ({@code api_call}); the audit is kept {@code app.api.audit-keep}
 * (180 days) and then deleted by a nightly job.
 */
@Service
public class ApiTokens {

    /** A token as the administrator's list shows it: never its value. */
    public record TokenView(long id, String name, String regionName, Long municipalityId, LocalDateTime createdAt,
            LocalDateTime revokedAt, LocalDateTime lastCallAt, long calls, long version) {

        public boolean active() {
            return revokedAt == null;
        }
    }

    /** The prefix of every token: a scanner of leaked secrets can recognise it. */
    static final String PREFIX = "nst_";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final ApiTokenRepository tokens;
    private final ApiCallRepository calls;
    private final Clock clock;
    private final Period keep;
    private final org.springframework.jdbc.core.JdbcTemplate jdbc;

    ApiTokens(ApiTokenRepository tokens, ApiCallRepository calls, Clock clock,
            @Value("${app.api.audit-keep:P180D}") Period keep, org.springframework.jdbc.core.JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.tokens = tokens;
        this.calls = calls;
        this.clock = clock;
        this.keep = keep;
    }

    static void requireAdmin(CurrentUser user) {
        if (!user.has(Role.ADMIN)) {
            throw new AccessDeniedException("not the administrator");
        }
    }

    /** Issues a token for a system; returns its value, which is never shown again. */
    @Transactional
    String issue(CurrentUser user, String name, String regionName, Long municipalityId) {
        requireAdmin(user);
        String raw = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes());
        tokens.saveAndFlush(new ApiToken(name, regionName, municipalityId, hash(raw), user.id(), clock.instant()));
        return raw;
    }

    /**
     * The demo's token with a known value (demo data only; nothing else calls this): issued once for the region,
     * kept hashed like every other.
     */
    @Transactional
    public void issueDemo(String name, String regionName, String raw, long createdById) {
        if (tokens.findByTokenHash(hash(raw)).isEmpty()) {
            tokens.saveAndFlush(new ApiToken(name, regionName, null, hash(raw), createdById, clock.instant()));
        }
    }

    @Transactional
    void revoke(CurrentUser user, long id, long expectedVersion) {
        requireAdmin(user);
        ApiToken token = tokens.findById(id).orElseThrow(NotFoundException::new);
        token.revoke(expectedVersion, user.id(), clock.instant());
        tokens.saveAndFlush(token);
    }

    @Transactional(readOnly = true)
    List<TokenView> list(CurrentUser user) {
        requireAdmin(user);
        Map<Long, ApiCallRepository.LastCall> last = calls.lastCalls().stream()
                .collect(Collectors.toMap(ApiCallRepository.LastCall::getTokenId, Function.identity()));
        return tokens.findAllByOrderByRevokedAtDescCreatedAtDesc().stream().map(t -> {
            ApiCallRepository.LastCall l = last.get(t.getId());
            return new TokenView(t.getId(), t.getName(), t.getRegionName(), t.getMunicipalityId(),
                    local(t.getCreatedAt()), local(t.getRevokedAt()), l == null ? null : local(l.getAt()),
                    l == null ? 0 : l.getCalls(), t.getVersion());
        }).toList();
    }

    /** The system a token value stands for, if it is a token that was issued and not revoked. */
    @Transactional(readOnly = true)
    Optional<ApiClient> authenticate(String raw) {
        if (raw == null || !raw.startsWith(PREFIX) || raw.length() > 100) {
            return Optional.empty();
        }
        return tokens.findByTokenHash(hash(raw)).filter(ApiToken::active)
                .map(t -> new ApiClient(t.getId(), t.getName(), t.getRegionName(), t.getMunicipalityId()));
    }

    /**
     * Keeps one call in the audit, in a transaction of its own (the answer is already written). Written by SQL, not
     * JPA: the call audit is itself the record, not a change for the entity audit trail to repeat.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void audit(long tokenId, String method, String path, int status, Instant at, long durationMs) {
        String p = path.length() > 500 ? path.substring(0, 500) : path;
        jdbc.update("insert into api_call (token_id, method, path, status, at, duration_ms) values (?, ?, ?, ?, ?, ?)",
                tokenId, method.length() > 10 ? method.substring(0, 10) : method, p, status,
                java.sql.Timestamp.from(at), (int) Math.min(Integer.MAX_VALUE, durationMs));
    }

    /** Deletes the audit of calls older than {@code app.api.audit-keep}; returns how many. */
    @Scheduled(cron = "${app.api.audit-cron:0 40 3 * * *}", zone = "${app.zone:Europe/Moscow}")
    @SchedulerLock(name = "api-audit-retention", lockAtMostFor = "PT30M")
    @Transactional
    public void forgetOldCalls() {
        purge();
    }

    @Transactional
    int purge() {
        Instant before = clock.instant().atZone(clock.getZone()).minus(keep).toInstant();
        return calls.deleteOlderThan(before);
    }

    private LocalDateTime local(Instant at) {
        return at == null ? null : LocalDateTime.ofInstant(at, clock.getZone());
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    static String hash(String raw) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(raw.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
