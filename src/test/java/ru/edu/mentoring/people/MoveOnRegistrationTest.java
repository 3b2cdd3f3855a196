package ru.edu.mentoring.people;

import ru.edu.mentoring.support.ImportSteps;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import ru.edu.mentoring.accounts.Accounts;
import ru.edu.mentoring.schools.Schools;
import ru.edu.mentoring.support.IntegrationTest;

/**
 * Issue 17 point 6: a person the municipality already has in another school (same full name and birth date,
 * normalised: ё/е, case, spaces) is matched, not registered twice — by the form («Этот человек уже есть в …», the move
 * with its date: done by the receiving curator when the former school no longer works with the person, else requested
 * from the department) and by the import («найден в другой школе муниципалитета — перевод»).
 */
class MoveOnRegistrationTest extends IntegrationTest {

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
    People people;

    LocalDate birth() {
        return LocalDate.of(people.today().getYear() - 12, 5, 17);
    }

    long student(long school, String last, String first, String middle) {
        return registry.create(school, PersonKind.STUDENT, SavePerson.named(last, first, middle)
                .withBirthDate(birth()).withClass(6, "А"));
    }

    MvcResult register(YearsWorld w, String last, String first, String middle, String action) throws Exception {
        var request = post(action == null ? "/schools/" + w.schoolB() + "/people" : action).param("kind", "STUDENT")
                .param("lastName", last).param("firstName", first).param("middleName", middle)
                .param("grade", "6").param("letter", "В").param("birthDate", birth().toString())
                .param("token", UUID.randomUUID().toString()).with(csrf())
                .with(user(users.loadUserByUsername(w.curatorB())));
        if (action != null) {
            request.param("moveEffectiveOn", people.today().toString());
        }
        return mvc.perform(request).andReturn();
    }

    /** The records of the person of this full name and the test's birth date, in any school. */
    int records(String fullName) {
        return jdbc.queryForObject("select count(*) from person where search_name = ? and birth_date = ?",
                Integer.class, Person.searchKey(fullName), birth());
    }

    long school(long person) {
        return jdbc.queryForObject("select school_id from person where id = ?", Long.class, person);
    }

    @Test
    void theFormFindsThePersonInAnotherSchoolAndTheReceivingCuratorMovesThemWithOneHistory() throws Exception {
        YearsWorld w = YearsWorld.create(schools, accounts, jdbc);
        long existing = student(w.schoolA(), "Семёнова", "Алёна", "Петровна");

        // another case, е for ё: the same person
        MvcResult offered = register(w, "СЕМЕНОВА", "алена", "Петровна", null);
        assertThat(offered.getResponse().getStatus()).isEqualTo(200);
        String body = offered.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).contains("Этот человек уже есть в МАОУ СОШ № 21 " + w.tag(), "data-testid=\"move-in\"",
                "Перевести в нашу организацию", "name=\"moveEffectiveOn\"", "/schools/" + w.schoolB() + "/people/move-in");
        assertThat(body).as("the other school's record is not linked").doesNotContain("/people/" + existing + "\"");
        assertThat(records("Семенова Алена Петровна")).isEqualTo(1);

        MvcResult moved = register(w, "СЕМЕНОВА", "алена", "Петровна", "/schools/" + w.schoolB() + "/people/move-in");
        assertThat(moved.getResponse().getRedirectedUrl()).isEqualTo("/people/" + existing);
        assertThat(moved.getFlashMap().get("flashSuccess")).isEqualTo("move.done");
        assertThat(school(existing)).isEqualTo(w.schoolB());
        assertThat(records("Семенова Алена Петровна")).as("one identity").isEqualTo(1);
        assertThat(jdbc.queryForObject("select status from person_transfer where person_id = ?", String.class,
                existing)).isEqualTo("DONE");
        assertThat(jdbc.queryForObject("select count(*) from person_transfer where person_id = ? and requested_by = ?",
                Integer.class, existing, jdbc.queryForObject("select id from app_user where username = ?", Long.class,
                        w.curatorB()))).isEqualTo(1);
    }

    @Test
    void aPersonTheFormerSchoolStillWorksWithIsRequestedFromTheDepartment() throws Exception {
        YearsWorld w = YearsWorld.create(schools, accounts, jdbc);
        long busy = student(w.schoolA(), "Занятова", "Вера", null);
        registry.recordConsent(busy, new RecordConsent(LocalDate.of(people.today().getYear(), 1, 1),
                ConsentGiver.REPRESENTATIVE, "Занятова Анна", "2025-1"));
        registry.putInMenteeBase(busy, new SaveMenteeEntry("Математика", null));

        String body = register(w, "Занятова", "Вера", "", null).getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).contains("Этот человек уже есть в МАОУ СОШ № 21 " + w.tag(), "Запросить перевод",
                "перевод выполнит управление образования");
        MvcResult requested = register(w, "Занятова", "Вера", "", "/schools/" + w.schoolB() + "/people/move-in");
        assertThat(requested.getFlashMap().get("flashSuccess")).isEqualTo("move.requested");
        assertThat(school(busy)).as("the department decides").isEqualTo(w.schoolA());
        assertThat(jdbc.queryForObject("select status from person_transfer where person_id = ?", String.class, busy))
                .isEqualTo("REQUESTED");
        assertThat(records("Занятова Вера")).isEqualTo(1);

        // the department sees the request and carries it out from the person's page, with the requested school chosen
        MockHttpServletResponse list = mvc.perform(get("/transfers").with(user(users.loadUserByUsername(w.department()))))
                .andReturn().getResponse();
        assertThat(list.getContentAsString(StandardCharsets.UTF_8)).contains("Занятова Вера", "запрошен");
        String page = mvc.perform(get("/people/" + busy).with(user(users.loadUserByUsername(w.department()))))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("value=\"" + w.schoolB() + "\" selected");
        long version = jdbc.queryForObject("select version from person where id = ?", Long.class, busy);
        mvc.perform(post("/people/" + busy + "/transfer").param("toSchoolId", String.valueOf(w.schoolB()))
                .param("version", String.valueOf(version)).param("effectiveOn", people.today().toString()).with(csrf())
                .with(user(users.loadUserByUsername(w.department()))));
        assertThat(school(busy)).isEqualTo(w.schoolB());
        assertThat(jdbc.queryForList("select status from person_transfer where person_id = ?", String.class, busy))
                .containsExactly("DONE");
        // the curator of another school of the municipality finds nobody to move by a name alone
        MvcResult nobody = mvc.perform(post("/schools/" + w.schoolA() + "/people/move-in").param("lastName", "Занятова")
                .param("firstName", "Вера").param("birthDate", birth().plusDays(1).toString())
                .param("moveEffectiveOn", people.today().toString()).with(csrf())
                .with(user(users.loadUserByUsername(w.curatorA())))).andReturn();
        assertThat(nobody.getFlashMap().get("flashError")).isEqualTo("move.notFound");
        assertThat(school(busy)).isEqualTo(w.schoolB());
    }

    @Test
    void theImportMatchesARowToAnotherSchoolsPersonAndMovesThemInsteadOfCreatingOne() throws Exception {
        YearsWorld w = YearsWorld.create(schools, accounts, jdbc);
        long free = student(w.schoolA(), "Свободнова", "Ирина", "Олеговна");
        String date = birth().format(DateTimeFormatter.ofPattern("dd.MM.yyyy"));
        String csv = "Категория;Фамилия;Имя;Отчество;Класс;Дата рождения\r\n"
                + "обучающийся;СВОБОДНОВА;Ирина;Олеговна;6Г;" + date + "\r\n"
                + "обучающийся;Новенькая;Мария;;6Г;" + date + "\r\n";
        Map<String, Object> run = jdbc.queryForMap("select * from import_run where id = ?", ImportSteps.run(mvc,
                w.schoolB(), user(users.loadUserByUsername(w.curatorB())), "класс.csv",
                csv.getBytes(StandardCharsets.UTF_8), true));
        assertThat(run.get("status")).isEqualTo("DONE");
        assertThat(run).containsEntry("created", 1).containsEntry("updated", 1);
        assertThat(run.get("report").toString()).contains("Найден в другой школе муниципалитета (МАОУ СОШ № 21 "
                + w.tag() + ") — перевод");
        assertThat(school(free)).isEqualTo(w.schoolB());
        assertThat(records("Свободнова Ирина Олеговна")).isEqualTo(1);
        assertThat(jdbc.queryForObject("select grade || letter from student_class where person_id = ? and academic_year"
                + " = ?", String.class, free, ru.edu.mentoring.shared.AcademicYear.of(people.today()))).isEqualTo("6Г");

        // a person the former school still works with: the row is refused, nobody created or moved
        long busy = student(w.schoolA(), "Базовая", "Ольга", null);
        registry.recordConsent(busy, new RecordConsent(LocalDate.of(people.today().getYear(), 1, 1),
                ConsentGiver.REPRESENTATIVE, "Базовая Анна", "2025-1"));
        registry.putInMenteeBase(busy, new SaveMenteeEntry("Математика", null));
        String second = "Категория;Фамилия;Имя;Класс;Дата рождения\r\nобучающийся;Базовая;Ольга;6Г;" + date + "\r\n";
        Map<String, Object> run2 = jdbc.queryForMap("select * from import_run where id = ?", ImportSteps.run(mvc,
                w.schoolB(), user(users.loadUserByUsername(w.curatorB())), "класс2.csv",
                second.getBytes(StandardCharsets.UTF_8), true));
        assertThat(run2.get("status")).isEqualTo("REJECTED");
        assertThat(run2.get("report").toString()).contains("управление образования");
        assertThat(school(busy)).isEqualTo(w.schoolA());
        assertThat(records("Базовая Ольга")).isEqualTo(1);
    }
}
