package ru.edu.mentoring.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.edu.mentoring.accounts.Accounts;
import ru.edu.mentoring.accounts.Role;
import ru.edu.mentoring.audit.AuditLog;
import ru.edu.mentoring.schools.Schools;
import ru.edu.mentoring.support.Fixtures;
import ru.edu.mentoring.support.HttpSession;
import ru.edu.mentoring.support.IntegrationTest;
import ru.edu.mentoring.support.OwnMunicipality;

/**
 * The bulk step of the people list (issue 17 point 4) in a school of its own with a curator of its own: each action
 * changes the people the rules allow, one transaction per person, lists the others with the reason in Russian, leaves
 * the audit rows of the one-by-one save, writes nothing before «Выполнить», and refuses another school's person's id
 * and every other role.
 */
class PeopleBulkTest extends IntegrationTest {

    static final String SCHOOL = "МБОУ СОШ № 81 (массовые)";
    static final String CURATOR = "curator.bulk";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Schools schools;

    @Autowired
    Accounts accounts;

    @Autowired
    PeopleRegistry registry;

    @Autowired
    AuditLog audit;

    long school;

    @BeforeEach
    void aSchoolWithACurator() {
        synchronized (PeopleBulkTest.class) {
            Long id = OwnMunicipality.newSchool(schools, accounts, jdbc, SCHOOL, "Муниципальное бюджетное"
                    + " общеобразовательное учреждение «Средняя общеобразовательная школа № 81»");
            school = jdbc.queryForObject("select id from school where short_name = ?", Long.class, SCHOOL);
            if (id != null) {
                accounts.create(new Accounts.NewAccount(CURATOR, "demo", "Массовая Ирина Петровна", null,
                        Set.of(Role.CURATOR), OwnMunicipality.id(schools, accounts), Set.of(school)));
            }
        }
    }

    /** A person of the school, created with the given consent (null: none). */
    long person(String last, Integer grade, ConsentGiver consent, String parent) {
        long id = registry.create(school, PersonKind.STUDENT, Fixtures.person(last, "Тест", null, grade));
        if (grade == null) {
            jdbc.update("update person set kind = 'TEACHER' where id = ?", id);
        }
        if (consent != null) {
            registry.recordConsent(id, new RecordConsent(LocalDate.now().minusDays(10), consent, parent, "2025-1"));
        }
        return id;
    }

    long teacher(String last) {
        long id = registry.create(school, PersonKind.TEACHER, Fixtures.person(last, "Тест", null, null));
        Fixtures.ownConsent(registry, id);
        return id;
    }

    long external(String last) {
        long id = registry.create(school, PersonKind.EXTERNAL, SavePerson.named(last, "Тест", null)
                .withExternal(ExternalKind.GRADUATE, null));
        Fixtures.ownConsent(registry, id);
        return id;
    }

    HttpSession curator() {
        return HttpSession.loggedIn(port, CURATOR, "demo");
    }

    static String ids(long... ids) {
        return java.util.Arrays.stream(ids).mapToObj(i -> "ids=" + i).collect(Collectors.joining("&"));
    }

    String token(HttpSession session) {
        return HttpSession.csrf(session.get("/schools/" + school + "/people").body());
    }

    long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    long auditRows(String entity, String action, long entityId) {
        return count("select count(*) from audit_event where entity = ? and action = ? and entity_id = ?", entity,
                action, String.valueOf(entityId));
    }

    @Test
    void menteeBaseInBulkTakesThoseTheRulesAllowAndListsTheOthersWithTheReason() {
        long withConsent = person("Мамонтова", 5, ConsentGiver.REPRESENTATIVE, "Мамонтова Ольга");
        long withoutConsent = person("Бессогласный", 6, null, null);
        long graduate = external("Выпускникова");
        long teacher = teacher("Педагогова");
        HttpSession session = curator();
        String csrf = token(session);
        String base = "_csrf=" + HttpSession.enc(csrf) + "&action=MENTEE&scope=SELECTED&"
                + ids(withConsent, withoutConsent, graduate, teacher);

        String chosen = session.post("/schools/" + school + "/people/bulk", base).body();
        assertThat(chosen).contains("Выбрано: 4 человека").doesNotContain("data-testid=\"bulk-apply\"");

        String request = "&request=" + HttpSession.enc("Подготовка к олимпиаде по математике");
        HttpResponse<String> checked = session.post("/schools/" + school + "/people/bulk", base + request
                + "&check=true");
        assertThat(checked.statusCode()).isEqualTo(200);
        assertThat(checked.body()).contains("Будет изменено: 2. Отказ по правилам: 2")
                .contains("Нет согласия родителя или законного представителя")
                .contains("Внешний участник может быть только наставником")
                .contains("data-testid=\"bulk-apply\"");
        // the confirmation wrote nothing
        assertThat(count("select count(*) from mentee_profile where school_id = ?", school)).isZero();

        HttpResponse<String> applied = session.post("/schools/" + school + "/people/bulk/apply", base + request);
        assertThat(applied.statusCode()).isEqualTo(302);
        assertThat(applied.headers().firstValue("Location").orElseThrow()).endsWith("/people/bulk/done");
        String done = session.get("/schools/" + school + "/people/bulk/done").body();
        assertThat(done).contains("Изменено: 2.").contains("Не изменено по правилам: 2")
                .contains("Бессогласный").contains("Выпускникова");

        assertThat(jdbc.queryForList("select person_id from mentee_profile where school_id = ? and in_base"
                + " and request = 'Подготовка к олимпиаде по математике'", Long.class, school))
                .containsExactlyInAnyOrder(withConsent, teacher);
        // the audit rows of the one-by-one save, one per person changed
        assertThat(auditRows("MenteeProfile", "CREATE", withConsent)).isEqualTo(1);
        assertThat(auditRows("MenteeProfile", "CREATE", teacher)).isEqualTo(1);
        assertThat(auditRows("MenteeProfile", "CREATE", withoutConsent)).isZero();
        // the base page shows them
        String menteeBase = session.get("/schools/" + school + "/mentees").body();
        assertThat(menteeBase).contains("/people/" + withConsent + "\"", "/people/" + teacher + "\"")
                .doesNotContain("/people/" + withoutConsent + "\"");
    }

    @Test
    void mentorBaseInBulkKeepsTheCapacityRuleOfAMinorAndTheConsentRule() {
        long teacher = teacher("Наставникова");
        long pupil = person("Старшеклассник", 9, ConsentGiver.REPRESENTATIVE, "Старшеклассник Игорь");
        long noConsent = person("Безбумажный", 10, null, null);
        HttpSession session = curator();
        String base = "_csrf=" + HttpSession.enc(token(session)) + "&action=MENTOR&scope=SELECTED&"
                + ids(teacher, pupil, noConsent) + "&competences=" + HttpSession.enc("Математика, робототехника")
                + "&capacity=8";

        // a student mentors at most 5: with 8 both students are refused for it, the teacher is not
        String checked = session.post("/schools/" + school + "/people/bulk", base + "&check=true").body();
        assertThat(checked).contains("Будет изменено: 1. Отказ по правилам: 2")
                .contains("Обучающийся-наставник может вести не более 5 наставляемых");
        assertThat(session.post("/schools/" + school + "/people/bulk/apply", base).statusCode()).isEqualTo(302);
        assertThat(jdbc.queryForList("select person_id from mentor_profile where school_id = ? and in_base"
                + " and capacity = 8", Long.class, school)).containsExactly(teacher);
        assertThat(auditRows("MentorProfile", "CREATE", teacher)).isEqualTo(1);

        // with 4 the student with a parent's consent enters, the one without is refused for the consent
        String four = base.replace("capacity=8", "capacity=4").replace(ids(teacher, pupil, noConsent),
                ids(pupil, noConsent));
        assertThat(session.post("/schools/" + school + "/people/bulk", four + "&check=true").body())
                .contains("Будет изменено: 1. Отказ по правилам: 1")
                .contains("Нет согласия родителя или законного представителя");
        assertThat(session.post("/schools/" + school + "/people/bulk/apply", four).statusCode()).isEqualTo(302);
        assertThat(jdbc.queryForList("select person_id from mentor_profile where school_id = ? and in_base",
                Long.class, school)).containsExactlyInAnyOrder(teacher, pupil);
        assertThat(auditRows("MentorProfile", "CREATE", pupil)).isEqualTo(1);
        assertThat(auditRows("MentorProfile", "CREATE", noConsent)).isZero();

        // a capacity outside 1–30 is refused for the whole form, nothing written
        String wrong = session.post("/schools/" + school + "/people/bulk/apply",
                base.replace("capacity=8", "capacity=0")).body();
        assertThat(wrong).contains("Нагрузка — от 1 до 30 наставляемых.");
        assertThat(count("select count(*) from mentor_profile where school_id = ?", school)).isEqualTo(2);
    }

    @Test
    void paperConsentsInBulkNeedAParentsNameForAMinorAndAreRecordedAsOneByOne() {
        long known = person("Известнородителева", 4, null, null);
        // an earlier consent, withdrawn, named the parent: the school has the name
        long earlier = registry.recordConsent(known, new RecordConsent(LocalDate.now().minusYears(1),
                ConsentGiver.REPRESENTATIVE, "Известнородителева Анна Павловна", "2024-1"));
        registry.revokeConsent(known, earlier, null);
        long typed = person("Вписанный", 3, null, null);
        long unknown = person("Безродителев", 2, null, null);
        long adult = teacher("Взрослова");
        HttpSession session = curator();
        String base = "_csrf=" + HttpSession.enc(token(session)) + "&action=CONSENT&scope=SELECTED&"
                + ids(known, typed, unknown, adult);

        // the step's page offers the parent's name the school has
        String chosen = session.post("/schools/" + school + "/people/bulk", base).body();
        assertThat(chosen).contains("value=\"Известнородителева Анна Павловна\"");

        String values = "&givenOn=" + LocalDate.now() + "&givenBy=BY_AGE&textVersion=2025-2"
                + "&parentIds=" + known + "&parentNames=" + HttpSession.enc("Известнородителева Анна Павловна")
                + "&parentIds=" + typed + "&parentNames=" + HttpSession.enc("Вписанная Ольга Ивановна")
                + "&parentIds=" + unknown + "&parentNames=";
        String checked = session.post("/schools/" + school + "/people/bulk", base + values + "&check=true").body();
        assertThat(checked).contains("Будет изменено: 3. Отказ по правилам: 1")
                .contains("Нет ФИО родителя или законного представителя");
        assertThat(count("select count(*) from consent where person_id in (?, ?, ?, ?) and text_version = '2025-2'",
                known, typed, unknown, adult)).isZero();

        assertThat(session.post("/schools/" + school + "/people/bulk/apply", base + values).statusCode())
                .isEqualTo(302);
        assertThat(jdbc.queryForList("select person_id || ':' || given_by || ':' || coalesce(representative_name, '')"
                + " from consent where text_version = '2025-2' and person_id in (?, ?, ?, ?)", String.class,
                known, typed, unknown, adult)).containsExactlyInAnyOrder(
                        known + ":REPRESENTATIVE:Известнородителева Анна Павловна",
                        typed + ":REPRESENTATIVE:Вписанная Ольга Ивановна", adult + ":SELF:");
        long recorded = jdbc.queryForObject("select id from consent where person_id = ? and text_version = '2025-2'",
                Long.class, typed);
        assertThat(auditRows("Consent", "CREATE", recorded)).isEqualTo(1);
        // a consent in force lets the person whose processing stopped be processed again, as one by one
        assertThat(jdbc.queryForObject("select processing_stopped_on is null from person where id = ?",
                Boolean.class, known)).isTrue();

        // «each person themself» for a minor: the one-by-one rule refuses it
        String self = session.post("/schools/" + school + "/people/bulk", base.replace(ids(known, typed, unknown,
                adult), ids(unknown)) + values.replace("BY_AGE", "SELF") + "&check=true").body();
        assertThat(self).contains("Будет изменено: 0. Отказ по правилам: 1")
                .contains("За несовершеннолетнего согласие даёт родитель или законный представитель.");
    }

    @Test
    void allWhoMatchTheFilterMeansExactlyWhatTheListShows() {
        long a = person("Фильтрова", 7, ConsentGiver.REPRESENTATIVE, "Фильтрова Анна");
        long b = person("Фильтровский", 8, ConsentGiver.REPRESENTATIVE, "Фильтровский Олег");
        long teacher = teacher("Фильтрова-Педагог");
        person("Посторонний", 7, ConsentGiver.REPRESENTATIVE, "Посторонняя Анна");
        HttpSession session = curator();
        String list = session.get("/schools/" + school + "/people?q=" + HttpSession.enc("фильтров")
                + "&kind=STUDENT").body();
        assertThat(list).contains("все, кто подходит под фильтр (2)");
        String page = session.post("/schools/" + school + "/people/bulk", "_csrf="
                + HttpSession.enc(HttpSession.csrf(list)) + "&action=MENTEE&scope=FILTER&kind=STUDENT&q="
                + HttpSession.enc("фильтров")).body();
        assertThat(page).contains("Выбрано: 2 человека")
                .contains("name=\"ids\" value=\"" + a + "\"", "name=\"ids\" value=\"" + b + "\"")
                .doesNotContain("name=\"ids\" value=\"" + teacher + "\"");
    }

    @Test
    void anIdOfAnotherSchoolsPersonIsRefusedAndNothingIsWritten() {
        long own = teacher("Своя");
        long foreign = jdbc.queryForObject("select min(id) from person where school_id = ?", Long.class,
                Fixtures.school1(jdbc));
        HttpSession session = curator();
        String base = "_csrf=" + HttpSession.enc(token(session)) + "&action=MENTEE&scope=SELECTED&"
                + ids(own, foreign) + "&request=" + HttpSession.enc("Адаптация");
        long menteesBefore = count("select count(*) from mentee_profile");
        long auditBefore = count("select count(*) from audit_event where action = 'CREATE'");

        assertThat(session.post("/schools/" + school + "/people/bulk", base + "&check=true").statusCode())
                .isEqualTo(404);
        assertThat(session.post("/schools/" + school + "/people/bulk/apply", base).statusCode()).isEqualTo(404);
        // the page's ids too
        assertThat(session.post("/schools/" + school + "/people/bulk", base.replace("scope=SELECTED",
                "scope=PAGE").replace("ids=", "pageIds=")).statusCode()).isEqualTo(404);
        assertThat(count("select count(*) from mentee_profile")).isEqualTo(menteesBefore);
        assertThat(count("select count(*) from audit_event where action = 'CREATE'")).isEqualTo(auditBefore);
        assertThat(count("select count(*) from mentee_profile where person_id = ?", own)).isZero();
    }

    @Test
    void onlyTheSchoolsCuratorRunsTheBulkStep() {
        long own = teacher("Чужаковая");
        for (String user : List.of(OwnMunicipality.DEPARTMENT, "curator1", "admin")) {
            HttpSession session = HttpSession.loggedIn(port, user, "demo");
            String csrf = HttpSession.csrf(session.get("/settings/notifications").body());
            String body = "_csrf=" + HttpSession.enc(csrf) + "&action=MENTEE&scope=SELECTED&" + ids(own)
                    + "&request=" + HttpSession.enc("Адаптация");
            assertThat(session.post("/schools/" + school + "/people/bulk/apply", body).statusCode())
                    .as(user).isIn(403, 404);
        }
        assertThat(count("select count(*) from mentee_profile where person_id = ?", own)).isZero();
    }
}
