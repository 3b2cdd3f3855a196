package ru.edu.mentoring.monitoring;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the involvement read model (V43) ahead of the calendar: {@link ReadModelEvents} gives an open pair rows up to
 * next year, so once a night the people of open pairs without a row for next year are recomputed (in practice: on
 * 1 January).
 */
@Component
class InvolvementUpkeep {

    private static final Logger log = LoggerFactory.getLogger(InvolvementUpkeep.class);

    private final JdbcTemplate jdbc;

    InvolvementUpkeep(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Scheduled(cron = "${app.monitoring.upkeep-cron:0 5 0 * * *}", zone = "${app.zone:Europe/Moscow}")
    @net.javacrumbs.shedlock.spring.annotation.SchedulerLock(name = "involvement-upkeep")
    @Transactional
    public void extendOpenPairs() {
        Long[] behind = jdbc.queryForList("""
                with open_people as (
                  select mp.mentor_id as person_id, mp.school_id from pairing_pair_v mp
                   where mp.status = 'ACTIVE' and mp.end_date is null
                  union
                  select pm.person_id, mp.school_id from pairing_pair_mentee_v pm join pairing_pair_v mp on mp.id = pm.pair_id
                   where mp.status = 'ACTIVE' and mp.end_date is null)
                select distinct o.person_id from open_people o
                 where not exists (select 1 from involvement i where i.school_id = o.school_id
                                    and i.year = extract(year from current_date)::int + 1
                                    and i.person_id = o.person_id)
                """, Long.class).toArray(Long[]::new);
        if (behind.length > 0) {
            jdbc.query("select involvement_refresh(?)", rs -> { }, (Object) behind);
        }
        log.info("Involvement read model: {} people of open pairs extended to next year", behind.length);
        // the date moved on: every dashboard recomputes
        jdbc.queryForObject("select monitoring_touch(0, 0)::text", String.class);
    }
}
