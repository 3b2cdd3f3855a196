package ru.edu.mentoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import ru.edu.mentoring.pairing.FormCodes;
import ru.edu.mentoring.pairing.PairCommand;
import ru.edu.mentoring.pairing.PairingService;
import ru.edu.mentoring.people.RecordConsent;
import ru.edu.mentoring.people.ConsentGiver;
import ru.edu.mentoring.people.SaveMenteeEntry;
import ru.edu.mentoring.people.SaveMentorEntry;
import ru.edu.mentoring.people.People;
import ru.edu.mentoring.people.PeopleRegistry;
import ru.edu.mentoring.people.SavePerson;
import ru.edu.mentoring.people.PersonKind;
import ru.edu.mentoring.schools.SchoolKind;
import ru.edu.mentoring.support.Fixtures;
import ru.edu.mentoring.support.IntegrationTest;

/**
 * Issue 16, point 5: a second record of one person (same surname, name, patronymic and birth date in the municipality)
 * is no longer saved without a word — the form and the import warn and link the existing record, the lists show the
 * birth date, and the curator merges two records of one person of their school.
 */
class DuplicatePeopleTest extends IntegrationTest {

    static final Charset CP1251 = Charset.forName("windows-1251");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    People people;

    @Autowired
    PeopleRegistry registry;

    @Autowired
    PairingService pairing;

    long school;
    long school2;
    String tag;
    LocalDate birth;

    @BeforeEach
    void setUp() {
        school = Fixtures.school1(jdbc);
        school2 = Fixtures.school2(jdbc);
        StringBuilder t = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            t.append((char) ('а' + ThreadLocalRandom.current().nextInt(32)));
        }
        tag = t.toString();
        // a fifth-grader's age
        birth = LocalDate.of(people.today().getYear() - 11, 3, 14);
    }

    UserDetails curator(String name) {
        return users.loadUserByUsername(name);
    }

    long student(long schoolId, String last, String first, String middle, LocalDate birthDate) {
        SavePerson form = Fixtures.person(last, first, middle, 5).withBirthDate(birthDate);
        return registry.create(schoolId, PersonKind.STUDENT, form);
    }

    MockHttpServletResponse enter(String last, String first, String middle, LocalDate birthDate, boolean confirmed)
            throws Exception {
        MockHttpServletRequestBuilder request = post("/schools/" + school + "/people").param("kind", "STUDENT")
                .with(csrf()).with(user(curator("curator1"))).param("lastName", last).param("firstName", first)
                .param("middleName", middle).param("grade", "5").param("letter", "А")
                .param("birthDate", birthDate.toString()).param("token", UUID.randomUUID().toString());
        if (confirmed) {
            request.param("duplicateConfirmed", "true");
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    int count(String lastName) {
        return jdbc.queryForObject("select count(*) from person where last_name = ?", Integer.class, lastName);
    }

    @Test
    void aNamesakeWithTheSameBirthDateIsWarnedWithALinkAndSavedOnlyOnceConfirmed() throws Exception {
        String last = "Семёнова" + tag;
        long existing = student(school, last, "Алёна", "Петровна", birth);

        // another case, е for ё: the same person
        MockHttpServletResponse warned = enter(last.replace('ё', 'е').toUpperCase(), "алена", "ПЕТРОВНА",
                birth, false);
        assertThat(warned.getStatus()).as("the form is shown again").isEqualTo(200);
        String body = warned.getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).contains("уже есть человек с такими же фамилией, именем, отчеством и датой рождения",
                "Это другой человек, сохранить", "name=\"duplicateConfirmed\"", "href=\"/people/" + existing + "\"",
                "value=\"" + birth + "\"", "value=\"алена\"");
        assertThat(count(last)).as("nothing saved").isEqualTo(1);

        // another birth date: no warning, saved at once
        assertThat(enter(last, "Алёна", "Петровна", birth.plusDays(1), false).getStatus()).isEqualTo(302);
        assertThat(count(last)).isEqualTo(2);

        // confirmed: saved, and the confirmation is audited
        MockHttpServletResponse saved = enter(last, "Алёна", "Петровна", birth, true);
        assertThat(saved.getStatus()).isEqualTo(302);
        assertThat(count(last)).isEqualTo(3);
        long created = Long.parseLong(saved.getRedirectedUrl().substring("/people/".length()));
        assertThat(jdbc.queryForList("select action || ':' || details from audit_event where entity = 'Person'"
                + " and entity_id = ?", String.class, String.valueOf(created))).contains("CONFIRM:duplicate");
    }

    @Test
    void anEditThatMakesANamesakeWarnsButTheRecordIsNotItsOwnNamesake() throws Exception {
        String last = "Правкина" + tag;
        long existing = student(school, last, "Ольга", null, birth);
        long other = student(school, "Другова" + tag, "Ольга", null, birth);
        long version = jdbc.queryForObject("select version from person where id = ?", Long.class, existing);
        // saving the record unchanged: no warning
        assertThat(mvc.perform(post("/people/" + existing).with(csrf()).with(user(curator("curator1")))
                        .param("lastName", last).param("firstName", "Ольга").param("grade", "5").param("letter", "А")
                        .param("birthDate", birth.toString()).param("version", String.valueOf(version)))
                .andReturn().getResponse().getStatus()).isEqualTo(302);
        long otherVersion = jdbc.queryForObject("select version from person where id = ?", Long.class, other);
        MockHttpServletResponse warned = mvc.perform(post("/people/" + other).with(csrf())
                        .with(user(curator("curator1"))).param("lastName", last).param("firstName", "Ольга")
                        .param("grade", "5").param("letter", "А").param("birthDate", birth.toString())
                        .param("version", String.valueOf(otherVersion)))
                .andReturn().getResponse();
        assertThat(warned.getStatus()).isEqualTo(200);
        assertThat(warned.getContentAsString(StandardCharsets.UTF_8)).contains("href=\"/people/" + existing + "\"",
                "Это другой человек, сохранить");
        assertThat(jdbc.queryForObject("select last_name from person where id = ?", String.class, other))
                .isEqualTo("Другова" + tag);
    }

    @Test
    void aNamesakeOfAnotherSchoolIsNamedOnlyByItsSchool() throws Exception {
        String last = "Чужова" + tag;
        long foreign = student(school2, last, "Вера", "Ивановна", birth);
        String body = enter(last, "Вера", "Ивановна", birth, false).getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).contains("Такой человек уже есть в МАОУ СОШ № 2.", "Это другой человек, сохранить")
                .doesNotContain("/people/" + foreign + "\"");
        assertThat(count(last)).isEqualTo(1);
    }

    /** Imports through the steps (the guessed matching confirmed; good rows written) and returns the run. */
    Map<String, Object> upload(String csv) throws Exception {
        long run = ru.edu.mentoring.support.ImportSteps.run(mvc, school, user(curator("curator1")), "люди.csv", csv.getBytes(CP1251),
                true); // all-or-nothing: these tests read a refused file as a whole
        return jdbc.queryForMap("select * from import_run where id = ?", run);
    }

    String page(Map<String, Object> run) throws Exception {
        return mvc.perform(get("/schools/" + school + "/import").param("run", run.get("id").toString())
                        .with(user(curator("curator1")))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    static final String HEADER = "Категория;Фамилия;Имя;Отчество;Идентификатор;Класс;Дата рождения\r\n";

    static String row(String category, String last, String first, String schoolClass, LocalDate birth) {
        return category + ";" + last + ";" + first + ";;;" + schoolClass + ";"
                + String.format("%02d.%02d.%d", birth.getDayOfMonth(), birth.getMonthValue(), birth.getYear()) + "\r\n";
    }

    @Test
    void theImportWarnsOfNamesakesWithALinkAndADuplicateRowIsNotCreatedTwice() throws Exception {
        String foreignLast = "Импортова" + tag;
        student(school2, foreignLast, "Анна", null, birth);
        String ownLast = "Своева" + tag;
        // the school's record of another kind (an external mentor entered with the same name and birth date)
        SavePerson external = Fixtures.person(ownLast, "Анна", null, 5).withClass(null, null).withBirthDate(birth)
                .withExternal(ru.edu.mentoring.people.ExternalKind.UNIVERSITY_STUDENT, null);
        long own = registry.create(school, PersonKind.EXTERNAL, external);

        Map<String, Object> run = upload(HEADER + row("обучающийся", foreignLast, "Анна", "5А", birth)
                + row("обучающийся", ownLast, "Анна", "5А", birth));
        String page = page(run);
        assertThat(run.get("status")).as(page).isEqualTo("DONE");
        // issue 17 point 6: the other school's person (in no base or running pair there) is matched and moved here,
        // not created a second time
        assertThat(count(foreignLast)).isEqualTo(1);
        assertThat(page).contains("Найден в другой школе муниципалитета (МАОУ СОШ № 2) — перевод",
                "Строка 3. Создана новая запись", "href=\"/people/" + own + "\"");
        String csv = mvc.perform(get("/schools/" + school + "/import/report.csv").param("run",
                run.get("id").toString()).with(user(curator("curator1")))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).contains("МАОУ СОШ № 2");

        // loading the file again updates the row it matched: no second record, no warning about itself
        Map<String, Object> again = upload(HEADER + row("обучающийся", foreignLast, "Анна", "5А", birth));
        assertThat(again.get("status")).isEqualTo("DONE");
        assertThat(count(foreignLast)).isEqualTo(1);

        // the same person twice in one file: the file is refused, the report names the first row, nothing created
        String twiceLast = "Дважды" + tag;
        Map<String, Object> twice = upload(HEADER + row("обучающийся", twiceLast, "Анна", "5А", birth)
                + row("обучающийся", twiceLast, "Анна", "5А", birth));
        assertThat(twice.get("status")).isEqualTo("REJECTED");
        assertThat(page(twice)).contains("Этот человек уже есть в строке 2.");
        assertThat(count(twiceLast)).isZero();
    }

    @Test
    void theListsShowTheBirthDateSoNamesakesCanBeToldApart() throws Exception {
        String last = "Тёзкина" + tag;
        long a = student(school, last, "Мария", null, birth);
        long b = student(school, last, "Мария", null, birth.minusYears(1));
        registry.recordConsent(a, new RecordConsent(LocalDate.of(2025, 9, 1), ConsentGiver.REPRESENTATIVE,
                "Тёзкина Ольга", "2025-1"));
        registry.recordConsent(b, new RecordConsent(LocalDate.of(2025, 9, 1), ConsentGiver.REPRESENTATIVE,
                "Тёзкина Анна", "2025-1"));
        registry.putInMenteeBase(b, new SaveMenteeEntry("Чтение", null));
        String list = mvc.perform(get("/schools/" + school + "/people").param("q", last)
                .with(user(curator("curator1")))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(list).contains("Дата рождения", fmt(birth), fmt(birth.minusYears(1)));
        String mentees = mvc.perform(get("/schools/" + school + "/mentees").param("q", last)
                .with(user(curator("curator1")))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(mentees).contains("Дата рождения", fmt(birth.minusYears(1)));
        String mentors = mvc.perform(get("/schools/" + school + "/mentors").with(user(curator("curator1"))))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(mentors).contains("<th scope=\"col\">Дата рождения</th>");
    }

    static String fmt(LocalDate d) {
        return String.format("%02d.%02d.%d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
    }

    @Test
    void theCuratorMergesTwoRecordsAndTheParticipationsAndConsentsMoveToTheKeptOne() throws Exception {
        String last = "Двойникова" + tag;
        LocalDate today = people.today();
        long kept = student(school, last, "Ирина", "Олеговна", birth);
        long removed = student(school, last, "Ирина", "Олеговна", birth);
        registry.recordConsent(kept, new RecordConsent(today.minusDays(40), ConsentGiver.REPRESENTATIVE,
                "Двойникова Анна", "2025-1"));
        long movedConsent = registry.recordConsent(removed, new RecordConsent(today.minusDays(40),
                ConsentGiver.REPRESENTATIVE, "Двойникова Анна", "2025-1"));
        registry.putInMenteeBase(removed, new SaveMenteeEntry("Математика", null));
        long teacher = registry.create(school, PersonKind.TEACHER, Fixtures.person("Наставникова" + tag, "Анна",
                null, null));
        Fixtures.ownConsent(registry, teacher);
        registry.putInMentorBase(teacher, new SaveMentorEntry("Математика", 3, today.minusDays(60), "Курс"));
        long pair = pairing.register(school, SchoolKind.GENERAL, new PairCommand(pairing.formId(FormCodes.TEACHER_STUDENT)
                .orElseThrow(), null, teacher, Set.of(removed), null, today.minusDays(20), today.plusDays(150),
                "Успеваемость"), true);

        // the person's page leads to the candidates, the candidate to the confirmation listing what moves
        String candidates = mvc.perform(get("/people/" + kept + "/merge").with(user(curator("curator1"))))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(candidates).contains("/people/" + kept + "/merge?other=" + removed);
        String confirm = mvc.perform(get("/people/" + kept + "/merge").param("other", String.valueOf(removed))
                .with(user(curator("curator1")))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(confirm).contains("Что перейдёт к остающейся записи", "учитель – ученик", "наставляемый",
                "Запись в базе наставляемых", "data-confirm=", "name=\"otherVersion\"");

        // a curator of another school: 404, nothing moves
        assertThat(mvc.perform(get("/people/" + kept + "/merge").param("other", String.valueOf(removed))
                .with(user(curator("curator2")))).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(post("/people/" + kept + "/merge").with(csrf()).with(user(curator("curator2")))
                .param("other", String.valueOf(removed)).param("version", "0").param("otherVersion", "0"))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(count(last)).isEqualTo(2);

        long keptVersion = jdbc.queryForObject("select version from person where id = ?", Long.class, kept);
        long removedVersion = jdbc.queryForObject("select version from person where id = ?", Long.class, removed);
        MockHttpServletResponse merged = mvc.perform(post("/people/" + kept + "/merge").with(csrf())
                .with(user(curator("curator1"))).param("other", String.valueOf(removed))
                .param("version", String.valueOf(keptVersion)).param("otherVersion", String.valueOf(removedVersion)))
                .andReturn().getResponse();
        assertThat(merged.getRedirectedUrl()).isEqualTo("/people/" + kept);
        assertThat(count(last)).as("the removed record is deleted").isEqualTo(1);
        assertThat(jdbc.queryForList("select person_id from pair_mentee where pair_id = ?", Long.class, pair))
                .containsExactly(kept);
        assertThat(jdbc.queryForObject("select person_id from consent where id = ?", Long.class, movedConsent))
                .isEqualTo(kept);
        assertThat(jdbc.queryForObject("select count(*) from consent where person_id = ?", Integer.class, kept))
                .isEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from mentee_profile where person_id = ?", Integer.class,
                kept)).as("the mentee entry moved").isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from involvement where person_id = ?", Integer.class,
                removed)).as("the coverage read model forgot the removed id").isZero();
        assertThat(jdbc.queryForObject("select count(*) from involvement where person_id = ?", Integer.class,
                kept)).as("and counts the kept one").isPositive();
        assertThat(jdbc.queryForList("select action || ':' || details from audit_event where entity = 'Person'"
                + " and entity_id = ?", String.class, String.valueOf(kept))).contains("MERGE:removed=" + removed);
        String page = mvc.perform(get("/people/" + kept).with(user(curator("curator1")))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).as("the kept record's register lists the pair").contains("href=\"/pairs/" + pair + "\"");
    }

    @Test
    void aMergeThatWouldBreakARuleIsRefusedInRussianAndNothingMoves() throws Exception {
        String last = "Отказова" + tag;
        LocalDate today = people.today();
        long a = student(school, last, "Нина", null, birth);
        long b = student(school, last, "Нина", null, birth);
        for (long id : List.of(a, b)) {
            registry.recordConsent(id, new RecordConsent(today.minusDays(40), ConsentGiver.REPRESENTATIVE,
                    "Отказова Анна", "2025-1"));
            registry.putInMenteeBase(id, new SaveMenteeEntry("Чтение", null));
        }
        long teacher = registry.create(school, PersonKind.TEACHER, Fixtures.person("Группова" + tag, "Анна",
                null, null));
        Fixtures.ownConsent(registry, teacher);
        registry.putInMentorBase(teacher, new SaveMentorEntry("Чтение", 3, today.minusDays(60), "Курс"));
        pairing.register(school, SchoolKind.GENERAL, new PairCommand(pairing.formId(FormCodes.TEACHER_STUDENT)
                .orElseThrow(), null, teacher, Set.of(a, b), null, today.minusDays(20), today.plusDays(150),
                "Чтение"), true);

        String confirm = mvc.perform(get("/people/" + a + "/merge").param("other", String.valueOf(b))
                .with(user(curator("curator1")))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(confirm).contains("Обе записи состоят в одной паре или группе").doesNotContain("name=\"otherVersion\"");
        var refused = mvc.perform(post("/people/" + a + "/merge").with(csrf())
                .with(user(curator("curator1"))).param("other", String.valueOf(b)).param("version", "0")
                .param("otherVersion", "0")).andReturn();
        assertThat(refused.getResponse().getStatus()).isEqualTo(302);
        assertThat(refused.getFlashMap().get("flashError")).isEqualTo("merge.samePair");
        assertThat(count(last)).isEqualTo(2);

        // a student and a teacher are never one record
        var kinds = mvc.perform(post("/people/" + a + "/merge").with(csrf())
                .with(user(curator("curator1"))).param("other", String.valueOf(teacher)).param("version", "0")
                .param("otherVersion", "0")).andReturn();
        assertThat(kinds.getFlashMap().get("flashError")).isEqualTo("merge.differentKinds");

        // a record of another school: refused clearly (the department may read both, the curator gets 404)
        long foreign = student(school2, last, "Нина", null, birth);
        assertThat(mvc.perform(post("/people/" + a + "/merge").with(csrf()).with(user(curator("curator1")))
                .param("other", String.valueOf(foreign)).param("version", "0").param("otherVersion", "0"))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(count(last)).isEqualTo(3);
    }
}
