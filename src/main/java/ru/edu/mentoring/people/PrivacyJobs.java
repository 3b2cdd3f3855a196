package ru.edu.mentoring.people;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import ru.edu.mentoring.web.DailyJobs;

/**
 * The nightly personal-data jobs, run on one instance of several (ShedLock, {@code shared.SchedulingConfig}) and
 * caught up on start-up after a missed night ({@code shared.DailyJobs}): first the consent expiry
 * ({@code app.privacy.expiry-cron}, {@link ConsentExpiry}), then anonymisation after retention
 * ({@code app.privacy.cron}, {@link Retention}).
 */
@Component
public class PrivacyJobs {

    static final String EXPIRY = "privacy-consent-expiry";
    static final String RETENTION = "privacy-retention";

    private final DailyJobs jobs;
    private final ConsentExpiry expiry;
    private final Retention retention;

    PrivacyJobs(DailyJobs jobs, ConsentExpiry expiry, Retention retention,
            @Value("${app.privacy.expiry-cron:0 15 3 * * *}") String expiryCron,
            @Value("${app.privacy.cron:0 30 3 * * *}") String retentionCron) {
        this.jobs = jobs;
        this.expiry = expiry;
        this.retention = retention;
        jobs.register(EXPIRY, expiryCron, expiry::nightly);
        jobs.register(RETENTION, retentionCron, retention::nightly);
    }

    @Scheduled(cron = "${app.privacy.expiry-cron:0 15 3 * * *}", zone = "${app.zone:Europe/Moscow}")
    @SchedulerLock(name = EXPIRY)
    public void consentExpiry() {
        jobs.runFor(EXPIRY, jobs.today(), expiry::nightly);
    }

    @Scheduled(cron = "${app.privacy.cron:0 30 3 * * *}", zone = "${app.zone:Europe/Moscow}")
    @SchedulerLock(name = RETENTION)
    public void retention() {
        jobs.runFor(RETENTION, jobs.today(), retention::nightly);
    }
}
