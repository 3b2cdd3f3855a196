package ru.edu.mentoring.mail;

import jakarta.mail.internet.MimeMessage;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import ru.edu.mentoring.notifications.Notifications;

/**
 * Sends the outbox's due letters through the SMTP server of {@code spring.mail.*}, on one instance at a time
 * (ShedLock), every {@code app.mail.send-interval}. A notification's letter is composed when first taken (from the
 * notification as it is then: a name anonymised meanwhile is already the pseudonym) and kept. A failure is retried
 * after {@code app.mail.backoff} doubled at each attempt (at most {@code app.mail.backoff-max}), and given up after
 * {@code app.mail.max-attempts} with its error kept. With no SMTP server configured (the demo mode) a letter is
 * composed and kept as DEMO for the outbox page instead of being sent. A sent password link's body is erased.
 * The log names letters by id only, never an address.
 */
@Component
public class MailDelivery {

    private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);

    private record Due(long id, String recipient, String letter, Long notificationId, String fullName,
            String subject, String text, String html, int attempts) {}

    private final JdbcTemplate jdbc;
    private final ObjectProvider<JavaMailSender> sender;
    private final Notifications notifications;
    private final Letters letters;
    private final Clock clock;
    private final String from;
    private final int batch;
    private final int maxAttempts;
    private final Duration backoff;
    private final Duration backoffMax;

    MailDelivery(JdbcTemplate jdbc, ObjectProvider<JavaMailSender> sender, Notifications notifications,
            Letters letters, Clock clock, @Value("${app.mail.from:noreply@localhost}") String from,
            @Value("${app.mail.batch:100}") int batch, @Value("${app.mail.max-attempts:8}") int maxAttempts,
            @Value("${app.mail.backoff:PT1M}") Duration backoff,
            @Value("${app.mail.backoff-max:PT2H}") Duration backoffMax) {
        this.jdbc = jdbc;
        this.sender = sender;
        this.notifications = notifications;
        this.letters = letters;
        this.clock = clock;
        this.from = from;
        this.batch = batch;
        this.maxAttempts = maxAttempts;
        this.backoff = backoff;
        this.backoffMax = backoffMax;
    }

    /** Whether letters really go out (an SMTP server is configured). */
    public boolean configured() {
        return smtp() != null;
    }

    /** The SMTP sender, or null: none configured, or an empty host (an empty SPRING_MAIL_HOST). */
    private JavaMailSender smtp() {
        JavaMailSender s = sender.getIfAvailable();
        if (s instanceof org.springframework.mail.javamail.JavaMailSenderImpl impl
                && (impl.getHost() == null || impl.getHost().isBlank())) {
            return null;
        }
        return s;
    }

    /** Sends every due letter (in batches), on one instance of several; returns how many were taken. */
    @Scheduled(fixedDelayString = "${app.mail.send-interval:PT10S}",
            initialDelayString = "${app.mail.send-initial-delay:PT30S}")
    @SchedulerLock(name = "mail-delivery", lockAtMostFor = "PT10M")
    public void deliverDue() {
        int taken;
        int rounds = 0;
        do {
            taken = deliverBatch();
        } while (taken == batch && ++rounds < 100);
    }

    private int deliverBatch() {
        List<Due> due = jdbc.query("select o.id, o.recipient, o.letter, o.notification_id, u.full_name, o.subject,"
                + " o.body_text, o.body_html, o.attempts from mail_outbox o left join accounts_user_v u on u.id = o.user_id"
                + " where o.status = 'PENDING' and o.next_attempt_at <= ? order by o.next_attempt_at, o.id limit ?",
                (rs, i) -> new Due(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4) == null ? null : rs.getLong(4), rs.getString(5), rs.getString(6),
                        rs.getString(7), rs.getString(8), rs.getInt(9)),
                Timestamp.from(clock.instant()), batch);
        Map<Long, Notifications.View> views = notifications.byIds(due.stream()
                .filter(d -> d.subject() == null && d.notificationId() != null).map(Due::notificationId).toList());
        JavaMailSender smtp = smtp();
        for (Due d : due) {
            Letters.Letter letter = new Letters.Letter(d.subject(), d.text(), d.html());
            if (d.subject() == null) {
                Notifications.View view = d.notificationId() == null ? null : views.get(d.notificationId());
                if (view == null) {
                    fail(d, "NotificationMissing", "", true);
                    continue;
                }
                letter = letters.notification(d.fullName() == null ? "" : d.fullName(), view);
                jdbc.update("update mail_outbox set subject = ?, body_text = ?, body_html = ? where id = ?",
                        letter.subject(), letter.text(), letter.html(), d.id());
            }
            if (smtp == null) {
                jdbc.update("update mail_outbox set status = 'DEMO', attempts = attempts + 1 where id = ?", d.id());
                continue;
            }
            try {
                smtp.send(message(smtp, d.recipient(), letter));
            } catch (Exception ex) {
                fail(d, ex.getClass().getSimpleName(), String.valueOf(ex.getMessage()), false);
                continue;
            }
            jdbc.update("update mail_outbox set status = 'SENT', attempts = attempts + 1, sent_at = ?, last_error = null,"
                    + " body_text = case when letter = 'PASSWORD_LINK' then null else body_text end,"
                    + " body_html = case when letter = 'PASSWORD_LINK' then null else body_html end where id = ?",
                    Timestamp.from(clock.instant()), d.id());
        }
        return due.size();
    }

    private MimeMessage message(JavaMailSender smtp, String to, Letters.Letter letter) throws Exception {
        MimeMessage message = smtp.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
        helper.setFrom(from);
        helper.setTo(to);
        helper.setSubject(letter.subject());
        helper.setText(letter.text(), letter.html());
        return message;
    }

    /** Counts the attempt; the next one after the back-off, or none after the last attempt (FAILED). */
    private void fail(Due d, String errorClass, String message, boolean permanent) {
        String error = message.isEmpty() ? errorClass : errorClass + ": " + message;
        int attempts = d.attempts() + 1;
        boolean giveUp = permanent || attempts >= maxAttempts;
        long factor = 1L << Math.min(attempts - 1, 20);
        Duration wait = backoff.multipliedBy(factor);
        if (wait.compareTo(backoffMax) > 0) {
            wait = backoffMax;
        }
        Instant next = clock.instant().plus(wait);
        String kept = error.length() > 500 ? error.substring(0, 500) : error;
        jdbc.update("update mail_outbox set attempts = ?, last_error = ?, next_attempt_at = ?, status = ? where id = ?",
                attempts, kept, Timestamp.from(next), giveUp ? "FAILED" : "PENDING", d.id());
        // the server's message may repeat the address: the log gets the exception's class only
        log.warn("Letter {} not sent (attempt {}{}): {}", d.id(), attempts, giveUp ? ", given up" : "", errorClass);
    }
}
