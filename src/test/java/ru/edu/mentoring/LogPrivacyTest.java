package ru.edu.mentoring;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.edu.mentoring.support.Fixtures;
import ru.edu.mentoring.support.HttpSession;
import ru.edu.mentoring.support.IntegrationTest;

/**
 * A journey full of personal data against the real server — a person with a distinctive name, birth date and a
 * SNILS-like key, a consent signed by a representative, a mentee request, a pair, an import with an error, a failed
 * login with a personal-looking user name, 404s and a refused duplicate key — with every log event of the application captured (the
 * container's included): none of those values appears in a message or a stack trace.
 */
class LogPrivacyTest extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    org.springframework.cache.CacheManager caches;

    final ListAppender<ILoggingEvent> captured = new ListAppender<>();
    Logger root;

    @BeforeEach
    void capture() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        captured.setContext(context);
        captured.start();
        root.addAppender(captured);
    }

    @AfterEach
    void release() {
        root.detachAppender(captured);
        captured.stop();
    }

    @Test
    void sqlParametersAreNotLogged() {
        assertThat(LoggerFactory.getLogger("org.hibernate.orm.jdbc.bind").isTraceEnabled()).isFalse();
        assertThat(LoggerFactory.getLogger("org.hibernate.type.descriptor.sql").isTraceEnabled()).isFalse();
        assertThat(LoggerFactory.getLogger("org.hibernate.SQL").isDebugEnabled()).isFalse();
        assertThat(LoggerFactory.getLogger("org.springframework.jdbc.core").isTraceEnabled()).isFalse();
    }

    @Test
    void aJourneyWithPersonalDataLeavesNoneOfItInTheLog() {
        String tag = tag();
        String lastName = "Приватова" + tag;
        String firstName = "Евлампия" + tag;
        String middleName = "Аркадьевна" + tag;
        String snils = String.format("%03d-%03d-%03d %02d", rnd(1000), rnd(1000), rnd(1000), rnd(100));
        LocalDate birth = LocalDate.of(2013, 1 + rnd(12), 1 + rnd(28));
        String representative = "Приватов" + tag + " Аркадий Ильич";
        String request = "Боится контрольных " + tag;
        String loginName = "privatova." + tag(true);
        List<String> secrets = List.of(lastName, firstName, middleName, snils, birth.toString(),
                birth.format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")), representative,
                "Приватов" + tag, request, loginName, tag);

        long school = Fixtures.school1(jdbc);
        HttpSession curator = HttpSession.loggedIn(port, "curator1", "demo");
        String token = HttpSession.csrf(curator.get("/schools/" + school + "/people/new?kind=STUDENT").body());
        Long person = null;
        Long pair = null;
        try {
            HttpResponse<String> created = curator.post("/schools/" + school + "/people?kind=STUDENT",
                    form(Map.of("_csrf", token, "lastName", lastName, "firstName", firstName, "middleName",
                            middleName, "birthDate", birth.toString(), "externalKey", snils, "grade", "6",
                            "letter", "Б", "token", UUID.randomUUID().toString())));
            assertThat(created.statusCode()).as("the person is created").isEqualTo(302);
            person = jdbc.queryForObject("select id from person where last_name = ?", Long.class, lastName);

            // the same SNILS-like key a second time: refused with a message at the field, nothing saved
            HttpResponse<String> duplicate = curator.post("/schools/" + school + "/people?kind=STUDENT",
                    form(Map.of("_csrf", token, "lastName", lastName, "firstName", firstName, "birthDate",
                            birth.toString(), "externalKey", snils, "grade", "6", "token",
                            UUID.randomUUID().toString())));
            assertThat(duplicate.statusCode()).as("a duplicate key is not saved").isEqualTo(200);
            assertThat(duplicate.body()).contains("уже есть у другого человека");

            assertThat(curator.post("/people/" + person + "/consents", form(Map.of("_csrf", token, "givenOn",
                    LocalDate.now().minusDays(1).toString(), "givenBy", "REPRESENTATIVE", "representativeName",
                    representative, "textVersion", "2025-1"))).statusCode()).isEqualTo(302);
            assertThat(jdbc.queryForObject("select count(*) from consent where person_id = ?", Integer.class, person))
                    .as("the consent is recorded").isEqualTo(1);
            assertThat(curator.post("/people/" + person + "/mentee", form(Map.of("_csrf", token, "request", request,
                    "inBase", "true", "version", "0"))).statusCode()).isEqualTo(302);

            long mentor = jdbc.queryForObject("select min(m.person_id) from mentor_profile m join person p"
                    + " on p.id = m.person_id where m.school_id = ? and p.kind = 'TEACHER' and m.in_base", Long.class,
                    school);
            long formId = jdbc.queryForObject("select id from mentoring_form where code = 'TEACHER_STUDENT'",
                    Long.class);
            HttpResponse<String> registered = curator.post("/schools/" + school + "/pairs", form(Map.of("_csrf",
                    token, "formId", Long.toString(formId), "mentorId", Long.toString(mentor), "menteeIds",
                    person.toString(), "startDate", LocalDate.now().plusDays(30).toString(), "plannedEnd",
                    LocalDate.now().plusDays(200).toString(), "goal", "Цель " + request, "token",
                    UUID.randomUUID().toString())));
            assertThat(registered.statusCode()).as("the draft pair is registered").isEqualTo(302);
            pair = jdbc.queryForObject("select max(p.id) from mentoring_pair p join pair_mentee m on m.pair_id = p.id"
                    + " where m.person_id = ?", Long.class, person);

            // an import whose only row is wrong: the report names the row, the log must not
            String csv = "Категория;Фамилия;Имя;Отчество;Дата рождения;Класс\nобучающийся;" + lastName + ";"
                    + firstName + ";" + middleName + ";" + birth.format(
                            java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")) + ";99Я\n";
            // through the steps: the matching page (its preview shows the row) and the background write
            ru.edu.mentoring.support.ImportSteps.run(curator, school, token, lastName + ".csv",
                    csv.getBytes(StandardCharsets.UTF_8));
            assertThat(jdbc.queryForObject("select status from import_run where file_name = ?", String.class,
                    lastName + ".csv")).isEqualTo("REJECTED");

            // not found: a missing record, a name where an id belongs, a search by name
            assertThat(curator.get("/people/999999999").statusCode()).isEqualTo(404);
            assertThat(curator.get("/people/" + HttpSession.enc(lastName)).statusCode()).isEqualTo(404);
            assertThat(curator.get("/schools/" + school + "/people?q=" + HttpSession.enc(lastName)).statusCode())
                    .isEqualTo(200);
            assertThat(curator.get("/" + HttpSession.enc(lastName) + "/" + snils.replace(' ', '-')).statusCode())
                    .isEqualTo(404);

            // a failed login under a personal-looking name
            HttpSession stranger = new HttpSession(port);
            String loginToken = HttpSession.csrf(stranger.get("/login").body());
            HttpResponse<String> failed = stranger.post("/login", "username=" + HttpSession.enc(loginName)
                    + "&password=" + HttpSession.enc(snils) + "&_csrf=" + HttpSession.enc(loginToken));
            assertThat(failed.headers().firstValue("Location").orElse("")).contains("error");
        } finally {
            if (pair != null) {
                jdbc.update("delete from mentoring_pair where id = ?", pair);
            }
            if (person != null) {
                jdbc.update("delete from person where id = ?", person);
            }
            caches.getCacheNames().forEach(n -> caches.getCache(n).clear()); // deleted by plain SQL: no cached option may keep the person
        }

        List<String> leaks = new ArrayList<>();
        int events = 0;
        for (ILoggingEvent event : captured.list) {
            events++;
            String text = event.getLoggerName() + " " + event.getFormattedMessage()
                    + (event.getThrowableProxy() == null ? "" : "\n" + ThrowableProxyUtil.asString(
                            event.getThrowableProxy()));
            for (String secret : secrets) {
                if (text.contains(secret)) {
                    leaks.add("«" + secret + "» in " + event.getLevel() + " " + event.getLoggerName() + ": "
                            + text.substring(0, Math.min(text.length(), 400)));
                }
            }
        }
        System.out.printf("LogPrivacyTest: %d log events captured during the journey, %d personal values checked%n",
                events, secrets.size());
        assertThat(leaks).as("personal data in the application log").isEmpty();
    }

    private static String form(Map<String, String> fields) {
        StringBuilder s = new StringBuilder();
        fields.forEach((k, v) -> s.append(s.isEmpty() ? "" : "&").append(HttpSession.enc(k)).append('=')
                .append(HttpSession.enc(v)));
        return s.toString();
    }

    private static int rnd(int bound) {
        return ThreadLocalRandom.current().nextInt(bound);
    }

    private static String tag() {
        return tag(false);
    }

    /** Six random letters (Cyrillic, or Latin for a user name) that make the values unique in the shared database. */
    private static String tag(boolean latin) {
        StringBuilder t = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            t.append(latin ? (char) ('a' + rnd(26)) : (char) ('а' + rnd(32)));
        }
        return t.toString();
    }
}
