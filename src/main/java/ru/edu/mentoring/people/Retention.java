package ru.edu.mentoring.people;

import java.sql.Date;
import java.time.LocalDate;
import java.time.Period;
import java.util.Collection;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The retention rule of 152-ФЗ: a person is anonymised when the retention period after their last participation has
 * passed, or soon after they withdrew consent — unless they are still in a base or a running pair. Runs every night
 * ({@code app.privacy.cron}); department staff may run it for their schools at once. The last participation is read
 * with SQL over the tables of people and pairing (read-only), like the monitoring module does.
 */
@Service
public class Retention {

    private static final Logger log = LoggerFactory.getLogger(Retention.class);

    /** What anonymisation destroys, as the destruction record lists it. */
    static final String CATEGORIES = "фамилия, имя, отчество; дата рождения; идентификатор в ОО; должность и предметы;"
            + " организация; литера класса; компетенции наставника и запрос наставляемого; ФИО законного представителя;"
            + " причина отзыва согласия; цели, итоги и причины завершения пар и групп; ФИО в приказах о закреплении"
            + " (перевыпущены с обезличенным именем), в отчётах загрузки и уведомлениях";

    static final String PSEUDONYM = "Обезличено";

    public record Due(long personId, long schoolId, DestructionReason reason, LocalDate lastParticipation) {}

    private final JdbcTemplate jdbc;
    private final PeopleRegistry registry;
    private final People people;
    private final Period retention;
    private final Period afterWithdrawal;

    Retention(JdbcTemplate jdbc, PeopleRegistry registry, People people,
            @Value("${app.privacy.retention:P5Y}") Period retention,
            @Value("${app.privacy.after-withdrawal:P30D}") Period afterWithdrawal) {
        this.jdbc = jdbc;
        this.registry = registry;
        this.people = people;
        this.retention = retention;
        this.afterWithdrawal = afterWithdrawal;
    }

    public Period retention() {
        return retention;
    }

    public Period afterWithdrawal() {
        return afterWithdrawal;
    }

    /** The persons of these schools whose data are due for destruction today. */
    public List<Due> due(Collection<Long> schoolIds) {
        if (schoolIds.isEmpty()) {
            return List.of();
        }
        LocalDate today = people.today();
        return jdbc.query("""
                with last as (
                  select p.id, p.school_id, p.processing_stopped_on, p.processing_stop_reason,
                         greatest(p.created_at::date,
                           (select make_date(max(c.academic_year) + 1, 8, 31) from student_class c
                             where c.person_id = p.id),
                           (select max(coalesce(mp.end_date, mp.planned_end)) from pairing_pair_v mp
                             where mp.mentor_id = p.id),
                           (select max(coalesce(mp.end_date, mp.planned_end)) from pairing_pair_mentee_v pm
                             join pairing_pair_v mp on mp.id = pm.pair_id where pm.person_id = p.id),
                           (select m.included_on from mentor_profile m where m.person_id = p.id),
                           (select m.included_on from mentee_profile m where m.person_id = p.id)) as last_day
                    from person p
                   where p.anonymised_on is null and p.school_id = any (?))
                select id, school_id, last_day,
                       case when processing_stopped_on is not null and processing_stopped_on <= ?
                            then case when processing_stop_reason = 'CONSENT_EXPIRED' then 'CONSENT_EXPIRED'
                                      else 'WITHDRAWN' end
                            else 'RETENTION' end as reason
                  from last
                 where (processing_stopped_on is not null and processing_stopped_on <= ? or last_day < ?)
                   and not exists (select 1 from mentor_profile m where m.person_id = last.id and m.in_base)
                   and not exists (select 1 from mentee_profile m where m.person_id = last.id and m.in_base)
                   and not exists (select 1 from pairing_pair_v mp where mp.mentor_id = last.id
                                     and mp.status in ('ACTIVE', 'DRAFT'))
                   and not exists (select 1 from pairing_pair_mentee_v pm join pairing_pair_v mp on mp.id = pm.pair_id
                                    where pm.person_id = last.id and mp.status in ('ACTIVE', 'DRAFT'))
                 order by id
                """, (rs, n) -> new Due(rs.getLong("id"), rs.getLong("school_id"),
                        DestructionReason.valueOf(rs.getString("reason")), rs.getObject("last_day", LocalDate.class)),
                schoolIds.toArray(Long[]::new),
                Date.valueOf(today.minus(afterWithdrawal)), Date.valueOf(today.minus(afterWithdrawal)),
                Date.valueOf(today.minus(retention)));
    }

    /** Anonymises everyone due in these schools, each in its own transaction; returns how many. */
    public int run(Collection<Long> schoolIds, String performedBy) {
        List<Due> due = due(schoolIds);
        for (Due d : due) {
            registry.anonymise(d.personId(), d.reason(), performedBy, PSEUDONYM, CATEGORIES);
        }
        return due.size();
    }

    void nightly() {
        List<Long> all = jdbc.queryForList("select id from schools_school_v", Long.class);
        int done = run(all, "система (ночная задача)");
        // counts only: never names
        log.info("Retention run: {} person records anonymised", done);
    }
}
