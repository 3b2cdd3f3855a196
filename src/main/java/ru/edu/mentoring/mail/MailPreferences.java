package ru.edu.mentoring.mail;

import java.util.EnumMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.edu.mentoring.notifications.NotificationKind;
import ru.edu.mentoring.shared.StaleVersionException;

/**
 * Each user's choice per notification kind. Every kind of {@link NotificationKind} has one (a kind added later too):
 * IMMEDIATE unless a row says otherwise. The set is saved whole under one version per user.
 */
@Service
public class MailPreferences {

    /** The user's choices, one per kind, and the version of the set. */
    public record Settings(Map<NotificationKind, DeliveryChoice> choices, long version) {}

    private final JdbcTemplate jdbc;

    MailPreferences(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public Settings of(long userId) {
        Map<NotificationKind, DeliveryChoice> choices = new EnumMap<>(NotificationKind.class);
        for (NotificationKind kind : NotificationKind.values()) {
            choices.put(kind, DeliveryChoice.IMMEDIATE);
        }
        jdbc.query("select kind, channel from mail_preference where user_id = ?", rs -> {
            try {
                choices.put(NotificationKind.valueOf(rs.getString(1)), DeliveryChoice.valueOf(rs.getString(2)));
            } catch (IllegalArgumentException removedKind) {
                // a kind no longer in the code: ignored
            }
        }, userId);
        Long version = jdbc.query("select version from mail_settings where user_id = ?",
                rs -> rs.next() ? rs.getLong(1) : 0L, userId);
        return new Settings(choices, version == null ? 0 : version);
    }

    /**
     * Saves the user's choices (kinds not given keep theirs) if {@code version} is the one they saw; otherwise
     * {@link StaleVersionException} and nothing changes.
     */
    @Transactional
    public void save(long userId, Map<NotificationKind, DeliveryChoice> choices, long version) {
        jdbc.update("insert into mail_settings (user_id, version) values (?, 0) on conflict (user_id) do nothing",
                userId);
        int updated = jdbc.update("update mail_settings set version = version + 1 where user_id = ? and version = ?",
                userId, version);
        if (updated == 0) {
            throw new StaleVersionException(jdbc.queryForObject("select version from mail_settings where user_id = ?",
                    Long.class, userId));
        }
        choices.forEach((kind, choice) -> {
            if (choice == DeliveryChoice.IMMEDIATE) {
                jdbc.update("delete from mail_preference where user_id = ? and kind = ?", userId, kind.name());
            } else {
                jdbc.update("insert into mail_preference (user_id, kind, channel) values (?, ?, ?)"
                        + " on conflict (user_id, kind) do update set channel = excluded.channel",
                        userId, kind.name(), choice.name());
            }
        });
    }
}
