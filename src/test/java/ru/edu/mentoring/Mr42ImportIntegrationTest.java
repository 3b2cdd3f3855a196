package ru.edu.mentoring;

import ru.edu.mentoring.support.ImportSteps;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import ru.edu.mentoring.people.Mr42Samples;
import ru.edu.mentoring.schools.SchoolForm;
import ru.edu.mentoring.schools.SchoolKind;
import ru.edu.mentoring.schools.Schools;
import ru.edu.mentoring.support.IntegrationTest;

/**
 * Issue 17 point 3 and the import side of point 4: the МР-42/02 tables «База наставников» and «База наставляемых»
 * load through today's upload as they are (the 30-row samples), into people, the mentor base with its new fields, the
 * mentee base and consents, each change with its audit row; a second load changes nothing; the consent rules refuse
 * rows in Russian as the consent form does. Each test has a school «МАОУ СОШ № 5» of a municipality of its own.
 */
class Mr42ImportIntegrationTest extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    Schools schools;

    long school;
    UserDetails curator;

    @BeforeEach
    void ownSchool() {
        String stamp = System.nanoTime() + "" + ThreadLocalRandom.current().nextInt(1000);
        long municipality = schools.createMunicipality("Табличный городской округ " + stamp, "Свердловская область");
        school = schools.createSchool(municipality, new SchoolForm(
                "Муниципальное автономное общеобразовательное учреждение «Средняя общеобразовательная школа № 5»",
                Mr42Samples.SCHOOL, SchoolKind.GENERAL, null, null, null));
        long userId = schools.appointCuratorByEmail(school, "mr42-" + stamp + "@example.org",
                "Табличная Ольга Павловна", "15-к", LocalDate.now(), null).userId();
        curator = users.loadUserByUsername(jdbc.queryForObject("select username from app_user where id = ?",
                String.class, userId));
    }

    Map<String, Object> upload(String name, byte[] bytes) throws Exception {
        long run = ImportSteps.run(mvc, school, user(curator), name, bytes, true);
        return jdbc.queryForMap("select * from import_run where id = ?", run);
    }

    long person(String lastName) {
        return jdbc.queryForObject("select id from person where school_id = ? and last_name = ?", Long.class, school,
                lastName);
    }

    long form(String name) {
        return jdbc.queryForObject("select id from mentoring_form where name = ?", Long.class, name);
    }

    int count(String sql) {
        return jdbc.queryForObject(sql, Integer.class, school);
    }

    /** The audit rows of writes to the school's people, their classes, base entries and consents. */
    int auditRows() {
        return count("select count(*) from audit_event a where a.action in ('CREATE', 'UPDATE')"
                + " and a.entity in ('Person', 'StudentClass', 'MentorProfile', 'MenteeProfile', 'Consent')"
                + " and a.school_id = ?");
    }

    @Test
    void theMentorBaseTableLoadsAsItIsIntoPeopleTheMentorBaseAndConsentsEachWithItsAuditRow() throws Exception {
        Map<String, Object> run = upload("mr42-mentors.xlsx", Mr42Samples.read("mr42-mentors-header-first.xlsx"));
        assertThat(run.get("status")).as(String.valueOf(run.get("report"))).isEqualTo("DONE");
        assertThat(run).containsEntry("data_rows", 30).containsEntry("created", 30);
        // the category rule: a class → a student, another organisation → external, a position at the school → teacher
        assertThat(jdbc.queryForList("select kind, count(*) from person where school_id = ? group by kind order by kind",
                school)).extracting(r -> r.get("kind") + "=" + r.get("count"))
                .containsExactly("EXTERNAL=8", "STUDENT=10", "TEACHER=12");
        assertThat(count("select count(*) from mentor_profile where school_id = ? and in_base")).isEqualTo(30);

        long teacher = person("Абрамова");
        assertThat(jdbc.queryForMap("select position, birth_date from person where id = ?", teacher))
                .containsEntry("position", "учитель математики").containsEntry("birth_date", null);
        assertThat(jdbc.queryForMap("select * from mentor_profile where person_id = ?", teacher))
                .containsEntry("competences", "олимпиадная математика, подготовка к ОГЭ")
                .containsEntry("achievements", "победитель конкурса «Учитель года — 2019»")
                .containsEntry("interests", "шахматы, туризм")
                .containsEntry("wanted_mentee_age", "12–15 лет")
                .containsEntry("contact_time_place", "вторник, 15:00, каб. 20")
                .containsEntry("wanted_form_id", form("учитель – учитель"))
                .containsEntry("included_on", java.sql.Date.valueOf(LocalDate.of(2025, 9, 1)))
                .containsEntry("capacity", 3);

        long pupil = person("Родионова");
        assertThat(jdbc.queryForMap("select grade, letter from student_class where person_id = ?", pupil))
                .containsEntry("grade", 10).containsEntry("letter", "Б");
        assertThat(jdbc.queryForMap("select given_by, representative_name, valid_until, text_version from consent"
                + " where person_id = ?", person("Никитин"))).containsEntry("given_by", "REPRESENTATIVE")
                .containsEntry("representative_name", "Никитина Ирина Петровна")
                .containsEntry("valid_until", java.sql.Date.valueOf(LocalDate.of(2027, 8, 31)))
                .containsEntry("text_version", "2025-1");
        assertThat(jdbc.queryForObject("select valid_until from consent where person_id = ?", LocalDate.class,
                person("Орлова"))).as("«3 года» from 05.09.2025").isEqualTo(LocalDate.of(2028, 9, 4));
        assertThat(jdbc.queryForMap("select external_kind, organisation from person where id = ?",
                person("Чернов"))).containsEntry("external_kind", "EMPLOYER")
                .containsEntry("organisation", "ООО «Уралтрубпром»");
        assertThat(jdbc.queryForObject("select external_kind from person where id = ?", String.class,
                person("Аксёнова"))).isEqualTo("UNIVERSITY_STUDENT");
        assertThat(count("select count(*) from consent k join person p on p.id = k.person_id where p.school_id = ?"))
                .isEqualTo(30);
        // contacts, the mentees' names, the programme's place and the links are not kept, and the report says so
        assertThat(String.valueOf(run.get("report"))).contains("контактные данные портал не хранит")
                .contains("пары по нему не создаются").contains("ссылки на кейсы")
                .contains("12 педагогов в файле нет начала педагогического стажа");
        assertThat(count("select count(*) from person where school_id = ? and (position like '%+7%'"
                + " or organisation like '%example.org%')")).isZero();

        // every person, class, base entry and consent written has its audit row
        assertThat(auditRows()).isEqualTo(30 + 10 + 30 + 30);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where entity = 'Consent' and action ="
                + " 'CREATE' and entity_id in (select k.id::text from consent k where k.person_id = ?)",
                Integer.class, pupil)).isEqualTo(1);

        // the same table again changes nothing: no row written, no audit row, no second consent
        Map<String, Object> again = upload("mr42-mentors.xlsx", Mr42Samples.read("mr42-mentors-header-first.xlsx"));
        assertThat(again.get("status")).isEqualTo("DONE");
        assertThat(again).containsEntry("created", 0).containsEntry("updated", 0).containsEntry("unchanged", 30);
        assertThat(auditRows()).isEqualTo(100);
        assertThat(count("select count(*) from consent k join person p on p.id = k.person_id where p.school_id = ?"))
                .isEqualTo(30);
    }

    @Test
    void theMenteeBaseTableLoadsWithRequestFormDateOfEntryAndConsentAndASecondLoadChangesNothing() throws Exception {
        Map<String, Object> run = upload("mr42-mentees.xlsx", Mr42Samples.read("mr42-mentees-header-first.xlsx"));
        assertThat(run.get("status")).as(String.valueOf(run.get("report"))).isEqualTo("DONE");
        assertThat(run).containsEntry("created", 30);
        assertThat(jdbc.queryForList("select kind, count(*) from person where school_id = ? group by kind order by kind",
                school)).extracting(r -> r.get("kind") + "=" + r.get("count"))
                .containsExactly("STUDENT=24", "TEACHER=6");
        assertThat(count("select count(*) from mentee_profile where school_id = ? and in_base")).isEqualTo(30);
        assertThat(count("select count(*) from mentor_profile where school_id = ?")).isZero();

        long pupil = person("Денисова");
        assertThat(jdbc.queryForMap("select request, wanted_form_id, included_on from mentee_profile where person_id = ?",
                pupil)).containsEntry("request", "Подготовка к олимпиаде по математике")
                .containsEntry("wanted_form_id", form("учитель – ученик"))
                .containsEntry("included_on", java.sql.Date.valueOf(LocalDate.of(2025, 10, 1)));
        assertThat(jdbc.queryForMap("select grade, letter from student_class where person_id = ?", person("Исаева")))
                .containsEntry("grade", 7).containsEntry("letter", "Б");
        assertThat(jdbc.queryForMap("select given_by, representative_name from consent where person_id = ?", pupil))
                .containsEntry("given_by", "REPRESENTATIVE").containsEntry("representative_name", "Денисов Сергей Владимирович");
        long young = person("Алексеева");
        assertThat(jdbc.queryForMap("select kind, position from person where id = ?", young))
                .containsEntry("kind", "TEACHER").containsEntry("position", "учитель русского языка");
        assertThat(jdbc.queryForMap("select wanted_form_id from mentee_profile where person_id = ?", young))
                .containsEntry("wanted_form_id", form("учитель – учитель"));
        assertThat(jdbc.queryForMap("select given_by, valid_until from consent where person_id = ?", young))
                .containsEntry("given_by", "SELF")
                .containsEntry("valid_until", java.sql.Date.valueOf(LocalDate.of(2030, 8, 31)));
        int audit = auditRows();
        assertThat(audit).isEqualTo(30 + 24 + 30 + 30);

        Map<String, Object> again = upload("mr42-mentees.xlsx", Mr42Samples.read("mr42-mentees-header-first.xlsx"));
        assertThat(again).containsEntry("status", "DONE").containsEntry("created", 0).containsEntry("updated", 0)
                .containsEntry("unchanged", 30);
        assertThat(auditRows()).isEqualTo(audit);
    }

    @Test
    void consentRowsFollowTheRulesOfTheConsentFormAndRefusedRowsSayWhyInRussian() throws Exception {
        String header = "ФИО;Класс;Запрос;Желаемая форма;Дата согласия;Согласие дал;ФИО законного представителя;"
                + "Срок согласия;Версия текста согласия\n";
        String csv = header
                + "Самостоятельный Пётр Ильич;7А;Математика;ученик – ученик;01.09.2025;сам;;;2025-1\n"
                + "Безымянная Мария Ильинична;7А;Чтение;;01.09.2025;родитель;;;2025-1\n"
                + "Бессогласный Иван Петрович;6Б;Английский язык;;;;;;\n"
                + "Бабушкин Олег Ильич;6Б;Шахматы;;01.09.2025;бабушка;Бабушкина Анна Львовна;;2025-1\n"
                + "Будущий Лев Ильич;6Б;Шахматы;;01.09.2099;родитель;Будущая Анна Львовна;;2025-1\n"
                + "Безверсионный Ян Ильич;6Б;Шахматы;;01.09.2025;родитель;Безверсионная Анна Львовна;;\n"
                + "Неизвестный Кто Угодно;;;;;;;;\n";
        Map<String, Object> refused = upload("согласия.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(refused.get("status")).isEqualTo("REJECTED");
        String report = String.valueOf(refused.get("report"));
        assertThat(report).contains("За несовершеннолетнего согласие даёт родитель или законный представитель")
                .contains("Укажите ФИО родителя или законного представителя")
                .contains("несовершеннолетний включается в базу наставляемых только с согласием")
                .contains("Не удалось понять, кто дал согласие: «бабушка»")
                .contains("\"row\":6") // «Будущий»: a consent dated 2099
                .contains("Не удалось определить категорию");
        assertThat(report).contains("\"row\":2", "\"row\":3", "\"row\":4", "\"row\":5", "\"row\":6", "\"row\":7",
                "\"row\":8").contains("\"column\":\"Согласие дал\"").contains("\"column\":\"Версия текста согласия\"");
        assertThat(count("select count(*) from person where school_id = ?")).isZero();

        // the same people with the consents as the rules want them: loaded, with the request and the wanted form
        String fixed = header
                + "Самостоятельный Пётр Ильич;7А;Математика;ученик – ученик;01.09.2025;законный представитель;"
                + "Самостоятельная Ольга Петровна;до 31.08.2027;2025-1\n"
                + "Безымянная Мария Ильинична;7А;Чтение;;01.09.2025;родитель;Безымянная Анна Львовна;;2025-1\n";
        Map<String, Object> done = upload("согласия.csv", fixed.getBytes(StandardCharsets.UTF_8));
        assertThat(done.get("status")).as(String.valueOf(done.get("report"))).isEqualTo("DONE");
        long peter = person("Самостоятельный");
        assertThat(jdbc.queryForMap("select request, wanted_form_id from mentee_profile where person_id = ?", peter))
                .containsEntry("request", "Математика").containsEntry("wanted_form_id", form("ученик – ученик"));
        assertThat(jdbc.queryForObject("select representative_name from consent where person_id = ?", String.class,
                peter)).isEqualTo("Самостоятельная Ольга Петровна");
    }

    @Test
    void aYearOfBirthAloneStoresNoDateAndAYearThatContradictsTheRegisterIsRefused() throws Exception {
        String first = "Категория;Фамилия;Имя;Идентификатор;Класс;Дата рождения\n"
                + "обучающийся;Годовая;Анна;Г-1;7Б;14.03.2013\n";
        assertThat(upload("люди.csv", first.getBytes(StandardCharsets.UTF_8)).get("status")).isEqualTo("DONE");
        String wrongYear = "Категория;Фамилия;Имя;Идентификатор;Класс;Год рождения\n"
                + "обучающийся;Годовая;Анна;Г-1;7Б;2012\n";
        Map<String, Object> refused = upload("годы.csv", wrongYear.getBytes(StandardCharsets.UTF_8));
        assertThat(refused.get("status")).isEqualTo("REJECTED");
        assertThat(String.valueOf(refused.get("report"))).contains("Год рождения 2012 не совпадает");
        Map<String, Object> sameYear = upload("годы.csv", wrongYear.replace("2012", "2013")
                .getBytes(StandardCharsets.UTF_8));
        assertThat(sameYear).containsEntry("status", "DONE").containsEntry("unchanged", 1);
        assertThat(jdbc.queryForObject("select birth_date from person where id = ?", LocalDate.class,
                person("Годовая"))).isEqualTo(LocalDate.of(2013, 3, 14));
    }

    @Test
    void theBlanksCarryTheTablesColumnsAndAFilledBlankLoads() throws Exception {
        for (String table : List.of("mentors", "mentees")) {
            MockHttpServletResponse response = mvc.perform(get("/schools/" + school + "/import/blank/" + table
                    + ".xlsx").with(user(curator))).andReturn().getResponse();
            assertThat(response.getStatus()).isEqualTo(200);
            assertThat(response.getHeader("Cache-Control")).isEqualTo("no-store");
            try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()))) {
                Row header = wb.getSheetAt(0).getRow(0);
                List<String> headers = new ArrayList<>();
                header.forEach(c -> headers.add(c.getStringCellValue()));
                assertThat(headers).startsWith(table.equals("mentors") ? "ФИО наставника" : "ФИО наставляемого")
                        .endsWith("Дата согласия", "Согласие дал", "ФИО законного представителя", "Срок согласия",
                                "Версия текста согласия");
                if (table.equals("mentors")) {
                    Row row = wb.getSheetAt(0).createRow(1);
                    row.createCell(0).setCellValue("Бланкова Ирина Петровна");
                    row.createCell(1).setCellValue("МАОУ СОШ № 5");
                    row.createCell(2).setCellValue("учитель географии");
                    row.createCell(5).setCellValue("краеведение");
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    wb.write(out);
                    Map<String, Object> run = upload("бланк.xlsx", out.toByteArray());
                    assertThat(run.get("status")).as(String.valueOf(run.get("report"))).isEqualTo("DONE");
                    assertThat(jdbc.queryForObject("select competences from mentor_profile where person_id = ?",
                            String.class, person("Бланкова"))).isEqualTo("краеведение");
                }
            }
        }
        String page = mvc.perform(get("/schools/" + school + "/import").with(user(curator))).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("/import/blank/mentors.xlsx", "/import/blank/mentees.xlsx");
    }

    @Test
    void theMentorFormKeepsTheNewFieldsOfTheMentorBase() throws Exception {
        String csv = "Категория;Фамилия;Имя;Должность;Новый сотрудник\nпедагог;Формова;Вера;учитель химии;да\n";
        assertThat(upload("люди.csv", csv.getBytes(StandardCharsets.UTF_8)).get("status")).isEqualTo("DONE");
        long teacher = person("Формова");
        MockHttpServletResponse response = mvc.perform(post("/people/" + teacher + "/mentor").with(csrf())
                        .with(user(curator)).param("competences", "лабораторный практикум").param("capacity", "2")
                        .param("achievements", "победитель конкурса").param("interests", "туризм")
                        .param("wantedMenteeAge", "14–16 лет").param("contactTimePlace", "среда, 14:00, каб. 12")
                        .param("wantedFormId", String.valueOf(form("учитель – ученик"))).param("inBase", "true")
                        .param("version", "0"))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(302);
        assertThat(jdbc.queryForMap("select * from mentor_profile where person_id = ?", teacher))
                .containsEntry("achievements", "победитель конкурса").containsEntry("interests", "туризм")
                .containsEntry("wanted_mentee_age", "14–16 лет").containsEntry("contact_time_place",
                        "среда, 14:00, каб. 12").containsEntry("wanted_form_id", form("учитель – ученик"));
        String page = mvc.perform(get("/people/" + teacher).with(user(curator))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("победитель конкурса", "14–16 лет", "среда, 14:00, каб. 12");
        String form = mvc.perform(get("/people/" + teacher + "/mentor").with(user(curator))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(form).contains("name=\"achievements\"", "name=\"wantedFormId\"", "туризм");
        // an unknown form is refused with the form's message, nothing changes
        mvc.perform(post("/people/" + teacher + "/mentor").with(csrf()).with(user(curator))
                .param("capacity", "2").param("wantedFormId", "-5").param("inBase", "true").param("version", "1"));
        assertThat(jdbc.queryForObject("select wanted_form_id from mentor_profile where person_id = ?", Long.class,
                teacher)).isEqualTo(form("учитель – ученик"));
    }
}
