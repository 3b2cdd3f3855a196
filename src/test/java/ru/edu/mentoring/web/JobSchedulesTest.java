package ru.edu.mentoring.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.stereotype.Component;

/**
 * The nightly jobs are switched off in the test contexts (a run crossing the night must not change data under a
 * test), so their production schedules are checked here: every {@code @Scheduled} cron of the application resolves,
 * through {@code application.properties} and its defaults, to a valid cron expression in the portal's zone, and runs
 * under a ShedLock lock so that two instances never run it twice.
 */
class JobSchedulesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^:}]+)(?::([^}]*))?}");

    @Test
    void everyNightlyJobHasAValidProductionScheduleInMoscowTimeAndALock() throws Exception {
        Properties production = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/application.properties")) {
            production.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        Map<String, String> crons = new TreeMap<>();
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Component.class));
        for (BeanDefinition bean : scanner.findCandidateComponents("ru.edu.mentoring")) {
            Class<?> type = Class.forName(bean.getBeanClassName());
            for (Method method : type.getDeclaredMethods()) {
                Scheduled scheduled = method.getAnnotation(Scheduled.class);
                if (scheduled == null || scheduled.cron().isEmpty()) {
                    continue;
                }
                String job = type.getSimpleName() + "." + method.getName();
                assertThat(method.getAnnotation(SchedulerLock.class)).as(job + " runs under a lock").isNotNull();
                assertThat(resolve(scheduled.zone(), production)).as(job + " zone").isEqualTo("Europe/Moscow");
                String cron = resolve(scheduled.cron(), production);
                assertThat(CronExpression.isValidExpression(cron)).as(job + " cron «" + cron + "»").isTrue();
                crons.put(job, cron);
            }
        }
        assertThat(crons).containsEntry("PrivacyJobs.consentExpiry", "0 15 3 * * *")
                .containsEntry("PrivacyJobs.retention", "0 30 3 * * *")
                .containsEntry("PersonMoves.scheduled", "0 5 0 * * *")
                .containsEntry("InvolvementUpkeep.extendOpenPairs", "0 5 0 * * *")
                .containsEntry("RemindersJob.daily", "0 0 7 * * *")
                .containsKeys("MailDigest.gather", "ApiTokens.forgetOldCalls", "ImportUploads.deleteOld");
    }

    /** A value as Spring would resolve it from the production properties (environment variables unset). */
    private static String resolve(String value, Properties production) {
        Matcher m = PLACEHOLDER.matcher(value);
        if (!m.matches()) {
            return value;
        }
        String set = production.getProperty(m.group(1));
        return set != null ? resolve(set, production) : m.group(2);
    }
}
