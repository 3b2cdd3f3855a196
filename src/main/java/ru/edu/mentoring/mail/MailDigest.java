package ru.edu.mentoring.mail;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.edu.mentoring.notifications.Notifications;

/**
 * Once a day ({@code app.mail.digest-cron}, in {@code app.zone}), on one instance of several (ShedLock): every user's
 * held letters become one digest letter, which the sender sends like any other. A held letter waits until a run
 * takes it, so a night missed (every instance down) is caught up by the next run. The same job forgets letters
 * sent, kept in the demo mode or digested more than {@code app.mail.keep} ago (default 90 days).
 */
@Component
public class MailDigest {

    private record Held(long id, long userId, String recipient, String fullName, long notificationId) {}

    private final JdbcTemplate jdbc;
    private final Notifications notifications;
    private final Letters letters;
    private final Clock clock;
    private final Period keep;

    MailDigest(JdbcTemplate jdbc, Notifications notifications, Letters letters, Clock clock,
            @Value("${app.mail.keep:P90D}") Period keep) {
        this.jdbc = jdbc;
        this.notifications = notifications;
        this.letters = letters;
        this.clock = clock;
        this.keep = keep;
    }

    /** Gathers the held letters into one digest per user (ShedLock locks only methods returning nothing). */
    @Scheduled(cron = "${app.mail.digest-cron:0 0 7 * * *}", zone = "${app.zone:Europe/Moscow}")
    @SchedulerLock(name = "mail-digest", lockAtMostFor = "PT30M")
    @Transactional
    public void gather() {
        List<Held> held = jdbc.query("select o.id, o.user_id, o.recipient, u.full_name, o.notification_id"
                + " from mail_outbox o join accounts_user_v u on u.id = o.user_id where o.status = 'HELD'"
                + " order by o.user_id, o.id for update of o", (rs, i) -> new Held(rs.getLong(1), rs.getLong(2),
                        rs.getString(3), rs.getString(4), rs.getLong(5)));
        Map<Long, Notifications.View> views = notifications.byIds(held.stream().map(Held::notificationId).toList());
        Map<Long, List<Held>> byUser = new LinkedHashMap<>();
        for (Held h : held) {
            byUser.computeIfAbsent(h.userId(), k -> new ArrayList<>()).add(h);
        }
        Timestamp now = Timestamp.from(clock.instant());
        for (List<Held> items : byUser.values()) {
            Held first = items.get(0);
            List<Letters.Line> lines = items.stream().map(h -> views.get(h.notificationId()))
                    .filter(v -> v != null).map(letters::line).toList();
            Long[] ids = items.stream().map(Held::id).toArray(Long[]::new);
            if (lines.isEmpty()) {
                jdbc.update("update mail_outbox set status = 'DIGESTED' where id = any(?)", (Object) ids);
                continue;
            }
            Letters.Letter letter = letters.digest(first.fullName(), lines);
            Long digest = jdbc.queryForObject("insert into mail_outbox (user_id, recipient, letter, status, subject,"
                    + " body_text, body_html, created_at, next_attempt_at) values (?, ?, 'DIGEST', 'PENDING', ?, ?, ?,"
                    + " ?, ?) returning id", Long.class, first.userId(), first.recipient(), letter.subject(),
                    letter.text(), letter.html(), now, now);
            jdbc.update("update mail_outbox set status = 'DIGESTED', digest_id = ? where id = any(?)", digest, ids);
        }
        jdbc.update("delete from mail_outbox where status in ('SENT', 'DEMO', 'DIGESTED') and created_at < ?",
                Timestamp.from(clock.instant().atZone(clock.getZone()).minus(keep).toInstant()));
    }
}
