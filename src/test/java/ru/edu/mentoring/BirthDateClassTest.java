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
import ru.edu.mentoring.people.People;
import ru.edu.mentoring.shared.AcademicYear;
import ru.edu.mentoring.support.Fixtures;
import ru.edu.mentoring.support.IntegrationTest;

/**
 * Issue 16, point 4: the class is a grade 1–11 and a letter of one or two Cyrillic letters, and a birth date that does
 * not fit the grade (a second-grader born in 1950) is refused unless the curator confirms it.
 */
class BirthDateClassTest extends IntegrationTest {

    static final Charset CP1251 = Charset.forName("windows-1251");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    People people;

    long school;
    String tag;
    int year;

    @BeforeEach
    void setUp() {
        school = Fixtures.school1(jdbc);
        StringBuilder t = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            t.append((char) ('а' + ThreadLocalRandom.current().nextInt(32)));
        }
        tag = t.toString();
        year = AcademicYear.of(people.today());
    }

    UserDetails curator() {
        return users.loadUserByUsername("curator1");
    }

    MockHttpServletResponse create(String lastName, String grade, String letter, LocalDate birth,
            boolean confirmed) throws Exception {
        MockHttpServletRequestBuilder request = post("/schools/" + school + "/people").param("kind", "STUDENT")
                .with(csrf()).with(user(curator())).param("lastName", lastName).param("firstName", "Проверка")
                .param("grade", grade).param("letter", letter).param("token", UUID.randomUUID().toString());
        if (birth != null) {
            request.param("birthDate", birth.toString());
        }
        if (confirmed) {
            request.param("birthDateConfirmed", "true");
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    int persons(String lastName) {
        return jdbc.queryForObject("select count(*) from person where last_name = ?", Integer.class, lastName);
    }

    @Test
    void aSecondGraderBornIn1950IsRefusedWithAWarningAndSavedOnceTheCuratorConfirmsTheDate() throws Exception {
        String lastName = "Старшова" + tag;
        MockHttpServletResponse refused = create(lastName, "2", "А", LocalDate.of(1950, 5, 10), false);
        assertThat(refused.getStatus()).as("the form is shown again").isEqualTo(200);
        String body = refused.getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).contains("Дата рождения не подходит для 2 класса", "от 7 до 11 лет", "Дата рождения верна",
                "name=\"birthDateConfirmed\"", "value=\"1950-05-10\"", "value=\"" + lastName + "\"");
        assertThat(persons(lastName)).as("nothing saved").isZero();

        MockHttpServletResponse saved = create(lastName, "2", "А", LocalDate.of(1950, 5, 10), true);
        assertThat(saved.getStatus()).isEqualTo(302);
        long id = jdbc.queryForObject("select id from person where last_name = ?", Long.class, lastName);
        assertThat(jdbc.queryForObject("select birth_date from person where id = ?", LocalDate.class, id))
                .isEqualTo(LocalDate.of(1950, 5, 10));
        assertThat(jdbc.queryForList("select action || ':' || details from audit_event where entity = 'Person'"
                + " and entity_id = ?", String.class, String.valueOf(id))).contains("CONFIRM:birthDate");

        // an edit that keeps the implausible date asks again; a plausible one goes through without the checkbox
        long version = jdbc.queryForObject("select version from person where id = ?", Long.class, id);
        String again = mvc.perform(post("/people/" + id).with(csrf()).with(user(curator()))
                        .param("lastName", lastName).param("firstName", "Проверка").param("grade", "2")
                        .param("letter", "А").param("birthDate", "1950-05-10").param("version", String.valueOf(version)))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(again).contains("Дата рождения не подходит для 2 класса");
        assertThat(mvc.perform(post("/people/" + id).with(csrf()).with(user(curator()))
                        .param("lastName", lastName).param("firstName", "Проверка").param("grade", "2")
                        .param("letter", "А").param("birthDate", LocalDate.of(year - 8, 3, 1).toString())
                        .param("version", String.valueOf(version)))
                .andReturn().getResponse().getStatus()).isEqualTo(302);
    }

    @Test
    void aPlausibleBirthDateNeedsNoConfirmationAtTheEdgesOfTheRange() throws Exception {
        // grade 2: 7 to 11 years old on 1 September
        String young = "Младшева" + tag;
        assertThat(create(young, "2", "", LocalDate.of(year - 7, 9, 1), false).getStatus()).isEqualTo(302);
        String old = "Старшева" + tag;
        assertThat(create(old, "2", "", LocalDate.of(year - 12, 9, 2), false).getStatus()).isEqualTo(302);
        String tooYoung = "Малышева" + tag;
        assertThat(create(tooYoung, "2", "", LocalDate.of(year - 7, 9, 2), false).getStatus()).isEqualTo(200);
        assertThat(persons(tooYoung)).isZero();
    }

    @Test
    void gradeTwelveOrADigitAsTheLetterIsRefusedAndTheClassReadsTwoA() throws Exception {
        String twelve = "Двенадцатова" + tag;
        MockHttpServletResponse grade12 = create(twelve, "12", "А", LocalDate.of(year - 18, 3, 1), false);
        assertThat(grade12.getStatus()).isEqualTo(200);
        assertThat(grade12.getContentAsString(StandardCharsets.UTF_8)).contains("Класс — число от 1 до 11.");
        assertThat(persons(twelve)).isZero();

        String digit = "Цифрова" + tag;
        MockHttpServletResponse letter7 = create(digit, "2", "7", LocalDate.of(year - 8, 3, 1), false);
        assertThat(letter7.getStatus()).as("«7» is not a class letter").isEqualTo(200);
        assertThat(letter7.getContentAsString(StandardCharsets.UTF_8))
                .contains("Литера — одна или две русские буквы");
        assertThat(persons(digit)).isZero();
        for (String bad : List.of("ABC", "Б7", "ЖЖЖ", "B")) {
            assertThat(create(digit, "2", bad, null, false).getStatus()).as(bad).isEqualTo(200);
        }
        assertThat(persons(digit)).isZero();

        String fine = "Литерова" + tag;
        assertThat(create(fine, "2", "а", LocalDate.of(year - 8, 3, 1), false).getStatus()).isEqualTo(302);
        long id = jdbc.queryForObject("select id from person where last_name = ?", Long.class, fine);
        assertThat(jdbc.queryForMap("select grade, letter from student_class where person_id = ?", id))
                .containsEntry("grade", 2).containsEntry("letter", "А");
        String page = mvc.perform(get("/people/" + id).with(user(curator()))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("2А (" + AcademicYear.label(year) + ")").doesNotContain("27 класс");
    }

    /** Imports through the steps (the guessed matching confirmed; good rows written) and returns the run. */
    Map<String, Object> upload(String csv) throws Exception {
        long run = ru.edu.mentoring.support.ImportSteps.run(mvc, school, user(curator()), "класс.csv", csv.getBytes(CP1251),
                true); // all-or-nothing: these tests read a refused file as a whole
        return jdbc.queryForMap("select * from import_run where id = ?", run);
    }

    String page(Map<String, Object> run) throws Exception {
        return mvc.perform(get("/schools/" + school + "/import").param("run", run.get("id").toString())
                        .with(user(curator()))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    static final String HEADER = "Категория;Фамилия;Имя;Отчество;Идентификатор;Класс;Дата рождения\r\n";

    String row(String lastName, String schoolClass, LocalDate birth) {
        return "обучающийся;" + lastName + ";Анна;;;" + schoolClass + ";"
                + String.format("%02d.%02d.%d", birth.getDayOfMonth(), birth.getMonthValue(), birth.getYear()) + "\r\n";
    }

    @Test
    void theImportReadsEveryWayOfWritingSevenBAndLatinLookalikeLetters() throws Exception {
        LocalDate birth = LocalDate.of(year - 13, 3, 1);
        List<String> variants = List.of("7Б", "7 Б", "7-б", "7 «Б»", "7 \"б\"", "7–Б");
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < variants.size(); i++) {
            csv.append(row("Вариантова" + tag + (char) ('а' + i), variants.get(i), birth));
        }
        csv.append(row("Латинова" + tag, "8A", birth.minusYears(1)));
        Map<String, Object> run = upload(csv.toString());
        assertThat(run.get("status")).as(page(run)).isEqualTo("DONE");
        for (int i = 0; i < variants.size(); i++) {
            assertThat(jdbc.queryForMap("select c.grade, c.letter from student_class c join person p on p.id ="
                    + " c.person_id where p.last_name = ?", "Вариантова" + tag + (char) ('а' + i)))
                    .as(variants.get(i)).containsEntry("grade", 7).containsEntry("letter", "Б");
        }
        assertThat(jdbc.queryForMap("select c.grade, c.letter from student_class c join person p on p.id ="
                + " c.person_id where p.last_name = ?", "Латинова" + tag))
                .as("a Latin A is the Cyrillic А").containsEntry("grade", 8).containsEntry("letter", "А");
    }

    @Test
    void anImportRowWithABirthDateThatDoesNotFitTheClassIsRefusedNamingTheRow() throws Exception {
        String csv = HEADER + row("Обычнова" + tag, "2А", LocalDate.of(year - 8, 3, 1))
                + row("Старинова" + tag, "2А", LocalDate.of(1950, 5, 10));
        Map<String, Object> run = upload(csv);
        assertThat(run.get("status")).isEqualTo("REJECTED");
        String page = page(run);
        assertThat(page).contains("Дата рождения не подходит для 2 класса", "Дата рождения верна");
        assertThat(page).containsPattern(">\\s*3\\s*<");
        assertThat(persons("Старинова" + tag) + persons("Обычнова" + tag)).as("all or nothing").isZero();
    }
}
