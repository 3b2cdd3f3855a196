package ru.edu.mentoring.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import ru.edu.mentoring.accounts.Accounts;
import ru.edu.mentoring.pairing.FormCodes;
import ru.edu.mentoring.pairing.PairCommand;
import ru.edu.mentoring.pairing.PairingService;
import ru.edu.mentoring.schools.SchoolKind;
import ru.edu.mentoring.schools.Schools;
import ru.edu.mentoring.support.Fixtures;
import ru.edu.mentoring.support.IntegrationTest;

/**
 * Issue 17 point 7: a move to another school has an effective date. Before it the person is the former school's;
 * from it the new school's. The former school's curator and head still open the pairs the person had there and see
 * the name, but neither the person's record nor anything of the new school; the new school does not open the former
 * school's pairs.
 */
class PersonMovesTest extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    Schools schools;

    @Autowired
    Accounts accounts;

    @Autowired
    PeopleRegistry registry;

    @Autowired
    PersonMoves moves;

    @Autowired
    PairingService pairing;

    @Autowired
    People people;

    MockHttpServletResponse as(String login, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(user(users.loadUserByUsername(login)))).andReturn().getResponse();
    }

    long school(long person) {
        return jdbc.queryForObject("select school_id from person where id = ?", Long.class, person);
    }

    /** A trained teacher in the school's mentor base, with their own consent. */
    long mentor(long school, String last) {
        long teacher = registry.create(school, PersonKind.TEACHER, Fixtures.person(last, "Елена", "Петровна", null));
        Fixtures.ownConsent(registry, teacher);
        registry.putInMentorBase(teacher, new SaveMentorEntry("Математика", 3, LocalDate.of(2020, 10, 1), "Курс"));
        return teacher;
    }

    @Test
    void theMoveTakesEffectOnItsDateAndTheFormerSchoolKeepsReadingItsPairsOnly() throws Exception {
        YearsWorld w = YearsWorld.create(schools, accounts, jdbc);
        LocalDate today = people.today();
        LocalDate start = LocalDate.of(today.getYear(), 1, 2);
        long form = pairing.formId(FormCodes.TEACHER_STUDENT).orElseThrow();
        long teacherA = mentor(w.schoolA(), "Наставникова");
        String last = "Переходова" + w.tag().replaceAll("[^a-f]", "").replace('a', 'а').replace('b', 'б')
                .replace('c', 'в').replace('d', 'г').replace('e', 'д').replace('f', 'е');
        long student = registry.create(w.schoolA(), PersonKind.STUDENT, Fixtures.person(last, "Ольга", "Ивановна", 5)
                .withBirthDate(LocalDate.of(today.getYear() - 11, 3, 3)));
        registry.recordConsent(student, new RecordConsent(LocalDate.of(today.getYear(), 1, 1),
                ConsentGiver.REPRESENTATIVE, "Переходова Анна Петровна", "2025-1"));
        registry.putInMenteeBase(student, new SaveMenteeEntry("Математика", null));
        long pairA = pairing.register(w.schoolA(), SchoolKind.GENERAL, new PairCommand(form, null, teacherA,
                Set.of(student), null, start, today.plusMonths(3), "Успеваемость"), true);
        pairing.complete(pairA, pairing.currentVersion(pairA), today, "Цели достигнуты");
        long version = jdbc.queryForObject("select version from person where id = ?", Long.class, student);

        // the department moves the student from a date still to come: nothing changes until then
        MockHttpServletResponse scheduled = as(w.department(), post("/people/" + student + "/transfer")
                .param("toSchoolId", String.valueOf(w.schoolB())).param("version", String.valueOf(version))
                .param("effectiveOn", today.plusDays(10).toString()).with(csrf()));
        assertThat(scheduled.getStatus()).isEqualTo(302);
        assertThat(school(student)).isEqualTo(w.schoolA());
        assertThat(jdbc.queryForObject("select status from person_transfer where person_id = ?", String.class,
                student)).isEqualTo("SCHEDULED");
        assertThat(as(w.curatorA(), get("/people/" + student)).getStatus()).as("before: the former school").isEqualTo(200);
        assertThat(as(w.curatorB(), get("/people/" + student)).getStatus()).as("before: not yet the new one")
                .isEqualTo(404);
        moves.applyDue();
        assertThat(school(student)).as("the date has not come").isEqualTo(w.schoolA());

        // the date comes: the nightly job applies the move
        jdbc.update("update person_transfer set effective_on = ? where person_id = ?", today, student);
        assertThat(moves.applyDue()).isGreaterThanOrEqualTo(1);
        assertThat(school(student)).isEqualTo(w.schoolB());
        assertThat(jdbc.queryForObject("select status || ':' || applied_on from person_transfer where person_id = ?",
                String.class, student)).isEqualTo("DONE:" + today);
        assertThat(jdbc.queryForObject("select school_id from mentee_profile where person_id = ? and not in_base",
                Long.class, student)).as("the base entry (out of the base) goes with the person").isEqualTo(w.schoolB());

        // after: the new school has the person, with one history
        MockHttpServletResponse register = as(w.curatorB(), get("/people/" + student));
        assertThat(register.getStatus()).isEqualTo(200);
        assertThat(register.getContentAsString(StandardCharsets.UTF_8)).contains("Переводы", "МАОУ СОШ № 21 " + w.tag(),
                "завершена");
        // the former school still opens the pair the person had there, with the name, but no link to the record
        for (String login : new String[] {w.curatorA(), w.headA()}) {
            MockHttpServletResponse pair = as(login, get("/pairs/" + pairA));
            assertThat(pair.getStatus()).as(login).isEqualTo(200);
            assertThat(pair.getContentAsString(StandardCharsets.UTF_8)).as(login).contains(last + " Ольга Ивановна",
                    "переведён в другую организацию").doesNotContain("href=\"/people/" + student + "\"");
        }
        // … and neither the person nor their later data
        assertThat(as(w.curatorA(), get("/people/" + student)).getStatus()).isEqualTo(404);
        assertThat(as(w.headA(), get("/people/" + student)).getStatus()).isEqualTo(404);
        assertThat(as(w.curatorA(), get("/people/" + student + "/edit")).getStatus()).isEqualTo(404);
        assertThat(as(w.curatorA(), post("/people/" + student).param("lastName", "Изменённая")
                .param("firstName", "Ольга").param("version", "0").with(csrf())).getStatus()).isEqualTo(404);
        assertThat(as(w.curatorA(), get("/people/" + student + "/export.xlsx")).getStatus()).isEqualTo(404);
        assertThat(jdbc.queryForObject("select last_name from person where id = ?", String.class, student))
                .isEqualTo(last);
        // the new school does not open the former school's pair
        assertThat(as(w.curatorB(), get("/pairs/" + pairA)).getStatus()).isEqualTo(404);

        // a pair in the new school: the former school is refused
        long teacherB = mentor(w.schoolB(), "Наставникова-Бэ");
        registry.putInMenteeBase(student, new SaveMenteeEntry("Математика", null, true,
                jdbc.queryForObject("select version from mentee_profile where person_id = ?", Long.class, student)));
        long pairB = pairing.register(w.schoolB(), SchoolKind.GENERAL, new PairCommand(form, null, teacherB,
                Set.of(student), null, today, today.plusMonths(3), "Успеваемость"), true);
        assertThat(as(w.curatorB(), get("/pairs/" + pairB)).getStatus()).isEqualTo(200);
        assertThat(as(w.curatorA(), get("/pairs/" + pairB)).getStatus()).isEqualTo(404);
        assertThat(as(w.headA(), get("/pairs/" + pairB)).getStatus()).isEqualTo(404);
    }

    @Test
    void aMoveDatedOutsideTheWindowIsRefusedInRussianAndChangesNothing() throws Exception {
        YearsWorld w = YearsWorld.create(schools, accounts, jdbc);
        long student = registry.create(w.schoolA(), PersonKind.STUDENT, Fixtures.person("Неперевод", "Иван", null, 5));
        long version = jdbc.queryForObject("select version from person where id = ?", Long.class, student);
        var refused = mvc.perform(post("/people/" + student + "/transfer")
                .param("toSchoolId", String.valueOf(w.schoolB())).param("version", String.valueOf(version))
                .param("effectiveOn", people.today().plusYears(2).toString()).with(csrf())
                .with(user(users.loadUserByUsername(w.department())))).andReturn();
        assertThat(refused.getResponse().getStatus()).isEqualTo(302);
        assertThat(refused.getFlashMap().get("flashError")).isEqualTo("move.effectiveOn.range");
        assertThat(school(student)).isEqualTo(w.schoolA());
        assertThat(jdbc.queryForObject("select count(*) from person_transfer where person_id = ?", Integer.class,
                student)).isZero();
    }
}
