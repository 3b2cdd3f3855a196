package ru.edu.mentoring.reminders;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import ru.edu.mentoring.accounts.Accounts;
import ru.edu.mentoring.accounts.Role;
import ru.edu.mentoring.campaigns.Campaigns;
import ru.edu.mentoring.campaigns.Matrix;
import ru.edu.mentoring.campaigns.StageState;
import ru.edu.mentoring.notifications.NotificationKind;
import ru.edu.mentoring.notifications.Notifications;

/**
 * The reminders, as bell notifications through {@link Notifications#remind}, each sent once: a row of
 * {@code reminder_sent} (kind and subject) is inserted in the transaction that notifies, so a second run, another
 * instance or a caught-up night sends nothing twice. The windows are ranges, not single days, so a missed day is
 * caught up by the next run:
 * <ul>
 * <li>a stage of the municipality's latest campaign not done, deadline 2–7 days ahead → the school's curators
 * ({@code STAGE_DUE_7}); 0–1 day ahead → {@code STAGE_DUE_1}; passed → the school's curators and head
 * ({@code STAGE_OVERDUE}, from the day after the deadline); the subject names the deadline, so a moved deadline
 * reminds again;</li>
 * <li>every day with overdue stages, one summary to the municipality's department staff
 * ({@code STAGE_OVERDUE_SUMMARY});</li>
 * <li>an active pair whose planned end passed → the school's curators ({@code PAIR_END_PASSED});</li>
 * <li>a processed person whose last consent's term ends within 30 days → the school's curators
 * ({@code CONSENT_ENDING}); a new consent with a later term is a new subject.</li>
 * </ul>
 * No reminder names a person: the pair and the person are reached by the link, under the curator's own access.
 */
@Service
public class Reminders {

    static final int DUE_SOON_DAYS = 7;
    static final int CONSENT_DAYS = 30;
    private static final Locale RU = Locale.forLanguageTag("ru");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final Campaigns campaigns;
    private final Notifications notifications;
    private final Accounts accounts;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final MessageSource messages;

    Reminders(Campaigns campaigns, Notifications notifications, Accounts accounts, JdbcTemplate jdbc,
            TransactionTemplate tx, MessageSource messages) {
        this.campaigns = campaigns;
        this.notifications = notifications;
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.tx = tx;
        this.messages = messages;
    }

    /** What one run sent, by kind. */
    public record Sent(int dueIn7, int dueIn1, int overdue, int summaries, int pairs, int consents) {}

    /** Sends every reminder due on this day that was not sent before. */
    public Sent run(LocalDate today) {
        return run(today, null);
    }

    /** The same for these schools only (all when null): a test's own schools. */
    Sent run(LocalDate today, Set<Long> schoolIds) {
        int[] c = new int[6];
        for (Campaigns.Overdue campaign : campaigns.latestOfEveryMunicipality()) {
            List<Matrix.Row> rows = campaign.rows().stream()
                    .filter(r -> schoolIds == null || schoolIds.contains(r.schoolId())).toList();
            if (!rows.isEmpty()) {
                campaignReminders(new Campaigns.Overdue(campaign.campaign(), rows), today, c);
            }
        }
        c[4] = pairReminders(today, schoolIds);
        c[5] = consentReminders(today, schoolIds);
        return new Sent(c[0], c[1], c[2], c[3], c[4], c[5]);
    }

    private void campaignReminders(Campaigns.Overdue campaign, LocalDate today, int[] c) {
        long campaignId = campaign.campaign().id();
        String link = "/campaigns/" + campaignId;
        int overdueSchools = 0;
        int overdueStages = 0;
        for (Matrix.Row row : campaign.rows()) {
            boolean schoolOverdue = false;
            for (Matrix.Cell cell : row.cells()) {
                if (cell.state() == StageState.DONE || cell.state() == StageState.NO_DATA || cell.deadline() == null) {
                    continue;
                }
                long days = ChronoUnit.DAYS.between(today, cell.deadline());
                String stage = text(cell.stage().messageKey());
                String key = campaignId + ":" + row.schoolId() + ":" + cell.stage() + ":" + cell.deadline();
                if (days < 0) {
                    schoolOverdue = true;
                    overdueStages++;
                    String detail = text("reminder.stage.overdue", stage, DATE.format(cell.deadline()));
                    if (sendOnce(NotificationKind.STAGE_OVERDUE, key, schoolStaff(row.schoolId()), row.schoolId(),
                            row.schoolName(), detail, link)) {
                        c[2]++;
                    }
                } else if (days <= 1) {
                    String detail = text("reminder.stage.due", stage, DATE.format(cell.deadline()), days);
                    if (sendOnce(NotificationKind.STAGE_DUE_1, key, curators(row.schoolId()), row.schoolId(),
                            row.schoolName(), detail, link)) {
                        c[1]++;
                    }
                } else if (days <= DUE_SOON_DAYS) {
                    String detail = text("reminder.stage.due", stage, DATE.format(cell.deadline()), days);
                    if (sendOnce(NotificationKind.STAGE_DUE_7, key, curators(row.schoolId()), row.schoolId(),
                            row.schoolName(), detail, link)) {
                        c[0]++;
                    }
                }
            }
            if (schoolOverdue) {
                overdueSchools++;
            }
        }
        if (overdueSchools > 0) {
            long municipality = campaign.campaign().municipalityId();
            String detail = text("reminder.summary", overdueSchools, overdueStages);
            if (sendOnce(NotificationKind.STAGE_OVERDUE_SUMMARY, municipality + ":" + today,
                    accounts.enabledUserIdsInMunicipality(Role.DEPARTMENT, municipality), null,
                    campaign.campaign().title(), detail, link + "?overdue=true")) {
                c[3]++;
            }
        }
    }

    private int pairReminders(LocalDate today, Set<Long> schoolIds) {
        int sent = 0;
        for (ReminderQueries.PairPastEnd p : ReminderQueries.pairsPastPlannedEnd(jdbc, today)) {
            if (schoolIds != null && !schoolIds.contains(p.schoolId())) {
                continue;
            }
            String detail = text("reminder.pair.pastEnd", String.valueOf(p.pairId()), DATE.format(p.plannedEnd()));
            if (sendOnce(NotificationKind.PAIR_END_PASSED, p.pairId() + ":" + p.plannedEnd(), curators(p.schoolId()),
                    p.schoolId(), p.schoolName(), detail, "/pairs/" + p.pairId())) {
                sent++;
            }
        }
        return sent;
    }

    private int consentReminders(LocalDate today, Set<Long> schoolIds) {
        int sent = 0;
        for (ReminderQueries.ConsentEnding k : ReminderQueries.consentsEnding(jdbc, today, today.plusDays(CONSENT_DAYS))) {
            if (schoolIds != null && !schoolIds.contains(k.schoolId())) {
                continue;
            }
            long days = ChronoUnit.DAYS.between(today, k.validUntil());
            String detail = text("reminder.consent.ending", DATE.format(k.validUntil()), days);
            if (sendOnce(NotificationKind.CONSENT_ENDING, k.personId() + ":" + k.validUntil(), curators(k.schoolId()),
                    k.schoolId(), k.schoolName(), detail, "/people/" + k.personId())) {
                sent++;
            }
        }
        return sent;
    }

    /**
     * Remembers the reminder and notifies the users in one transaction; false when it was sent before (or nobody is
     * there to hear it: then it is not remembered, so a curator appointed later still gets it).
     */
    private boolean sendOnce(NotificationKind kind, String subjectKey, Collection<Long> userIds, Long schoolId,
            String subject, String detail, String link) {
        if (userIds.isEmpty()) {
            return false;
        }
        Boolean sent = tx.execute(status -> {
            int inserted = jdbc.update("insert into reminder_sent (kind, subject_key) values (?, ?)"
                    + " on conflict do nothing", kind.name(), subjectKey);
            if (inserted == 0) {
                return false;
            }
            notifications.remind(userIds, kind, schoolId, subject, detail, link);
            return true;
        });
        return Boolean.TRUE.equals(sent);
    }

    private List<Long> curators(long schoolId) {
        return accounts.enabledUserIdsAtSchool(Role.CURATOR, schoolId);
    }

    /** The school: its curators (deputies included) and its head. */
    private List<Long> schoolStaff(long schoolId) {
        List<Long> ids = new ArrayList<>();
        for (Accounts.SchoolMember m : accounts.enabledUsersAtSchool(schoolId)) {
            if (m.roles().contains(Role.CURATOR) || m.roles().contains(Role.SCHOOL_HEAD)) {
                ids.add(m.id());
            }
        }
        return ids;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, RU);
    }

    static Set<NotificationKind> kinds() {
        return Set.of(NotificationKind.STAGE_DUE_7, NotificationKind.STAGE_DUE_1, NotificationKind.STAGE_OVERDUE,
                NotificationKind.STAGE_OVERDUE_SUMMARY, NotificationKind.PAIR_END_PASSED,
                NotificationKind.CONSENT_ENDING);
    }
}
