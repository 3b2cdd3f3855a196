package ru.edu.mentoring.mail;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.edu.mentoring.accounts.PasswordLinkIssued;
import ru.edu.mentoring.notifications.NotificationsCreated;

/**
 * The outbox: letters are written here in the transaction of what caused them, so a rolled-back action sends nothing
 * and a committed one loses nothing; {@link MailDelivery} sends them later. A notification's letter is one row per
 * recipient written by one statement (however many recipients) and composed only when sent.
 */
@Service
public class MailOutbox {

    private static final Logger log = LoggerFactory.getLogger(MailOutbox.class);

    /** A letter as the administrator's outbox page lists it. */
    public record Row(long id, LocalDateTime createdAt, String recipient, String letter, OutboxStatus status,
            String subject, String bodyText, int attempts, String lastError, LocalDateTime nextAttemptAt,
            LocalDateTime sentAt) {}

    private final JdbcTemplate jdbc;
    private final Letters letters;
    private final Clock clock;

    MailOutbox(JdbcTemplate jdbc, Letters letters, Clock clock) {
        this.jdbc = jdbc;
        this.letters = letters;
        this.clock = clock;
    }

    /**
     * In the notifying transaction: a letter for each new notification whose recipient is enabled, has an e-mail and
     * did not choose the bell only for its kind; held for the digest when they chose the digest.
     */
    @EventListener
    public void on(NotificationsCreated e) {
        if (e.notificationIds().isEmpty()) {
            return;
        }
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.update("insert into mail_outbox (user_id, recipient, letter, notification_id, status, created_at,"
                + " next_attempt_at) select n.user_id, btrim(u.email), 'NOTIFICATION', n.id,"
                + " case when p.channel = 'DIGEST' then 'HELD' else 'PENDING' end, ?, ?"
                + " from notifications_notification_v n join accounts_user_v u on u.id = n.user_id"
                + " left join mail_preference p on p.user_id = n.user_id and p.kind = n.kind"
                + " where n.id = any(?) and u.enabled and u.email is not null and btrim(u.email) <> ''"
                + " and coalesce(p.channel, 'IMMEDIATE') <> 'BELL' order by n.id",
                now, now, e.notificationIds().toArray(Long[]::new));
    }

    /** A password link always goes at once, whatever the preferences, in the transaction that issued it. */
    @EventListener
    public void on(PasswordLinkIssued e) {
        if (e.email() == null || e.email().isBlank()) {
            log.warn("Password link for user {} not mailed: the account has no e-mail", e.userId());
            return;
        }
        // the login name too: a curator whose account the appointment created knows only their e-mail
        String username = jdbc.queryForObject("select username from accounts_user_v where id = ?", String.class,
                e.userId());
        Letters.Letter letter = letters.passwordLink(e, username);
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.update("insert into mail_outbox (user_id, recipient, letter, status, subject, body_text, body_html,"
                + " created_at, next_attempt_at) values (?, ?, 'PASSWORD_LINK', 'PENDING', ?, ?, ?, ?, ?)",
                e.userId(), e.email().strip(), letter.subject(), letter.text(), letter.html(), now, now);
    }

    // --- the administrator's page ------------------------------------------------------------------------------

    /** Letters per status (every status present, zero included). */
    @Transactional(readOnly = true)
    public Map<OutboxStatus, Long> counts() {
        Map<OutboxStatus, Long> counts = new TreeMap<>();
        for (OutboxStatus s : OutboxStatus.values()) {
            counts.put(s, 0L);
        }
        jdbc.query("select status, count(*) from mail_outbox group by status",
                rs -> {
                    counts.put(OutboxStatus.valueOf(rs.getString(1)), rs.getLong(2));
                });
        return counts;
    }

    /**
     * A page of letters, newest first, of one status or all. A password link's body (it holds the raw token) is
     * shown only when it was never sent (the demo mode); once sent it is erased from the outbox.
     */
    @Transactional(readOnly = true)
    public Page<Row> page(OutboxStatus status, Pageable pageable) {
        String where = status == null ? "" : " where status = '" + status.name() + "'";
        long total = jdbc.queryForObject("select count(*) from mail_outbox" + where, Long.class);
        List<Row> rows = jdbc.query("select id, created_at, recipient, letter, status, subject,"
                + " case when letter <> 'PASSWORD_LINK' or status = 'DEMO' then body_text end as body_text,"
                + " attempts, last_error, next_attempt_at, sent_at from mail_outbox" + where
                + " order by id desc limit ? offset ?", (rs, i) -> new Row(rs.getLong("id"),
                        local(rs.getTimestamp("created_at")), rs.getString("recipient"), rs.getString("letter"),
                        OutboxStatus.valueOf(rs.getString("status")), rs.getString("subject"),
                        rs.getString("body_text"), rs.getInt("attempts"), rs.getString("last_error"),
                        local(rs.getTimestamp("next_attempt_at")), local(rs.getTimestamp("sent_at"))),
                pageable.getPageSize(), pageable.getOffset());
        return new PageImpl<>(rows, pageable, total);
    }

    private LocalDateTime local(Timestamp t) {
        return t == null ? null : LocalDateTime.ofInstant(t.toInstant(), clock.getZone());
    }
}
