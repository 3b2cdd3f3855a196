package ru.edu.mentoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import ru.edu.mentoring.pairing.FormCodes;
import ru.edu.mentoring.pairing.PairCommand;
import ru.edu.mentoring.pairing.PairingService;
import ru.edu.mentoring.people.RecordConsent;
import ru.edu.mentoring.people.ConsentGiver;
import ru.edu.mentoring.people.SaveMenteeEntry;
import ru.edu.mentoring.people.SaveMentorEntry;
import ru.edu.mentoring.people.PeopleRegistry;
import ru.edu.mentoring.people.PersonKind;
import ru.edu.mentoring.people.Retention;
import ru.edu.mentoring.schools.SchoolKind;
import ru.edu.mentoring.schools.Schools;
import ru.edu.mentoring.support.Fixtures;
import ru.edu.mentoring.support.IntegrationTest;

/**
 * The 152-ФЗ lifecycle: a consent names its purpose, data and term; withdrawing it stops processing (the person leaves
 * the bases, running pairs and lists); after the retention period the person is anonymised, the aggregate counts stay
 * and a destruction record is written; everything held on a person comes out as one spreadsheet; the policy is public.
 */
class PersonalDataLifecycleTest extends IntegrationTest {

    /** Publishes what the pairing module would for the pairs these tests write by SQL. */
    @Autowired
    org.springframework.context.ApplicationEventPublisher events;

    @Autowired
    MockMvc mvc;

    @Autowired
    ru.edu.mentoring.audit.AuditLog auditLog;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    PeopleRegistry registry;

    @Autowired
    PairingService pairing;

    @Autowired
    Schools schools;

    @Autowired
    Retention retention;

    @Test
    void aConsentRecordsPurposeDataAndTermAndItsWithdrawalTakesThePersonOutOfTheLists() throws Exception {
        long school = Fixtures.school1(jdbc);
        long person = registry.create(school, PersonKind.STUDENT, Fixtures.person("Отзывова", "Дарья", null, 8));
        mvc.perform(post("/people/" + person + "/consents").with(csrf()).with(user(users.loadUserByUsername("curator1")))
                        .param("givenOn", "2026-09-01").param("givenBy", "REPRESENTATIVE")
                        .param("representativeName", "Отзывова Ольга Игоревна").param("textVersion", "2026-2")
                        .param("purpose", "Участие в программе наставничества школы")
                        .param("dataCategories", "ФИО, класс").param("validUntil", "2028-08-31"))
                .andExpect(status().isFound()).andExpect(flash().attribute("flashSuccess", "consent.recorded"));
        Map<String, Object> consent = jdbc.queryForMap("select id, purpose, data_categories, valid_until, text_version"
                + " from consent where person_id = ?", person);
        assertThat(consent.get("purpose")).isEqualTo("Участие в программе наставничества школы");
        assertThat(consent.get("data_categories")).isEqualTo("ФИО, класс");
        assertThat(consent.get("valid_until").toString()).isEqualTo("2028-08-31");
        // a term ending before the consent was given is refused with a message, nothing stored
        mvc.perform(post("/people/" + person + "/consents").with(csrf()).with(user(users.loadUserByUsername("curator1")))
                        .param("givenOn", "2026-09-01").param("givenBy", "REPRESENTATIVE")
                        .param("representativeName", "Отзывова Ольга Игоревна").param("textVersion", "2026-2")
                        .param("purpose", "Цель").param("dataCategories", "ФИО").param("validUntil", "2026-08-31"))
                .andExpect(flash().attribute("flashError", "consent.invalid"));
        assertThat(jdbc.queryForObject("select count(*) from consent where person_id = ?", Integer.class, person))
                .isEqualTo(1);
        registry.putInMenteeBase(person, new SaveMenteeEntry("Адаптация в новом классе", null));
        assertThat(listed(school, "Отзывова", false)).isTrue();

        mvc.perform(post("/consents/" + consent.get("id") + "/revoke").with(csrf())
                        .with(user(users.loadUserByUsername("curator1"))).param("reason", "Заявление матери"))
                .andExpect(status().isFound()).andExpect(flash().attribute("flashSuccess", "consent.revoked.stopped"));
        assertThat(jdbc.queryForObject("select processing_stopped_on from person where id = ?", LocalDate.class,
                person)).isNotNull();
        assertThat(jdbc.queryForObject("select in_base from mentee_profile where person_id = ?", Boolean.class, person))
                .isFalse();
        assertThat(jdbc.queryForObject("select revoked_reason from consent where person_id = ?", String.class, person))
                .isEqualTo("Заявление матери");
        assertThat(listed(school, "Отзывова", false)).isFalse();
        assertThat(listed(school, "Отзывова", true)).isTrue();
        // back into a base only after a new consent
        String refused = mvc.perform(post("/people/" + person + "/mentee").with(csrf())
                        .with(user(users.loadUserByUsername("curator1"))).param("request", "Снова")
                        .param("inBase", "true").param("version", "1"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("сначала запишите новое согласие");
        assertThat(jdbc.queryForObject("select in_base from mentee_profile where person_id = ?", Boolean.class, person))
                .isFalse();

        // everything held on the person, as the curator of the school; not for others
        byte[] xlsx = mvc.perform(get("/people/" + person + "/export.xlsx")
                        .with(user(users.loadUserByUsername("curator1"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        String text = String.join("\n", cells(xlsx));
        assertThat(text).contains("Отзывова", "Дарья", "Участие в программе наставничества школы", "ФИО, класс",
                "Заявление матери", "Отзывова Ольга Игоревна", "Адаптация в новом классе", "8");
        auditLog.flushReads();
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'EXPORT' and entity_id = ?",
                Integer.class, String.valueOf(person))).isEqualTo(1);
        mvc.perform(get("/people/" + person + "/export.xlsx").with(user(users.loadUserByUsername("curator2"))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/people/" + person + "/export.xlsx").with(user(users.loadUserByUsername("methodologist"))))
                .andExpect(status().isForbidden());
    }

    @Test
    void withdrawalEndsThePairsThePersonIsInAndAGroupGoesOnWithoutThem() {
        long school = Fixtures.foreignMunicipalitySchool(schools, jdbc);
        long teacher = registry.create(school, PersonKind.TEACHER, Fixtures.person("Группова", "Нина", null, null));
        Fixtures.ownConsent(registry, teacher);
        registry.putInMentorBase(teacher, new SaveMentorEntry("Русский язык", 5, LocalDate.of(2025, 10, 1), "Курс"));
        long alone = student(school, "Одинов");
        long leaving = student(school, "Уходов");
        long staying = student(school, "Остающийся");
        long formId = pairing.formId(FormCodes.TEACHER_STUDENT).orElseThrow();
        long pair = pairing.register(school, SchoolKind.GENERAL, new PairCommand(formId, null, teacher, Set.of(alone),
                null, LocalDate.of(2026, 9, 10), LocalDate.of(2027, 5, 20), "Чтение"), true);
        long group = pairing.register(school, SchoolKind.GENERAL, new PairCommand(formId, null, teacher,
                Set.of(leaving, staying), null, LocalDate.of(2026, 9, 10), LocalDate.of(2027, 5, 20), "Грамотность"),
                true);

        assertThat(registry.revokeConsent(alone, consentOf(alone), "Заявление")).isTrue();
        assertThat(jdbc.queryForMap("select status, end_date, termination_reason from mentoring_pair where id = ?", pair))
                .containsEntry("status", "TERMINATED")
                .containsEntry("termination_reason", "Отзыв согласия на обработку персональных данных");

        assertThat(registry.revokeConsent(leaving, consentOf(leaving), null)).isTrue();
        assertThat(jdbc.queryForObject("select status from mentoring_pair where id = ?", String.class, group))
                .isEqualTo("TERMINATED");
        // the days the group ran with them still count: the old group keeps both mentees
        assertThat(jdbc.queryForList("select person_id from pair_mentee where pair_id = ?", Long.class, group))
                .containsExactlyInAnyOrder(leaving, staying);
        List<Map<String, Object>> rest = jdbc.queryForList("select p.id, p.status, p.start_date, p.goal from"
                + " mentoring_pair p join pair_mentee pm on pm.pair_id = p.id where pm.person_id = ? and p.id <> ?",
                staying, group);
        assertThat(rest).hasSize(1);
        assertThat(rest.get(0)).containsEntry("status", "ACTIVE").containsEntry("goal", "Грамотность");
        long restId = ((Number) rest.get(0).get("id")).longValue();
        assertThat(jdbc.queryForList("select person_id from pair_mentee where pair_id = ?", Long.class, restId))
                .containsExactly(staying);
        LocalDate end = jdbc.queryForObject("select end_date from mentoring_pair where id = ?", LocalDate.class, group);
        assertThat(rest.get(0).get("start_date").toString()).isEqualTo(end.plusDays(1).toString());
    }

    @Test
    void afterTheRetentionPeriodAPersonIsAnonymisedTheCountsStayAndADestructionRecordIsWritten() throws Exception {
        long school = Fixtures.foreignMunicipalitySchool(schools, jdbc);
        long municipality = jdbc.queryForObject("select municipality_id from school where id = ?", Long.class, school);
        long mentor = registry.create(school, PersonKind.TEACHER, Fixtures.person("Давняя", "Вера", null, null));
        long student = registry.create(school, PersonKind.STUDENT, Fixtures.person("Старинов", "Глеб", "Олегович", 7));
        registry.recordConsent(student, new RecordConsent(LocalDate.of(2019, 9, 1), ConsentGiver.REPRESENTATIVE,
                "Старинова Ирина Павловна", "2019-1"));
        registry.putInMenteeBase(student, new SaveMenteeEntry("Математика, просил Старинов", null));
        // a participation that ended years ago: class and pair in 2019/20, nothing since
        jdbc.update("update mentee_profile set in_base = false, included_on = '2019-09-01' where person_id = ?", student);
        jdbc.update("update person set created_at = '2019-09-01', birth_date = '2012-03-04' where id in (?, ?)",
                student, mentor);
        jdbc.update("delete from student_class where person_id = ?", student);
        jdbc.update("insert into student_class (person_id, academic_year, grade, letter) values (?, 2019, 7, 'Б')",
                student);
        long formId = pairing.formId(FormCodes.TEACHER_STUDENT).orElseThrow();
        long pair = jdbc.queryForObject("insert into mentoring_pair (school_id, form_id, mentor_id, start_date,"
                + " planned_end, end_date, goal, status, result) values (?, ?, ?, '2019-09-10', '2020-05-20',"
                + " '2020-05-20', 'Математика', 'COMPLETED', 'Итог') returning id", Long.class, school, formId, mentor);
        jdbc.update("insert into pair_mentee (pair_id, person_id) values (?, ?)", pair, student);
        events.publishEvent(new ru.edu.mentoring.pairing.PairChanged(school, pair, false, java.util.Set.of()));
        List<String> countsBefore = cells(coverage(municipality, "2020-03-01"));

        assertThat(retention.due(List.of(school))).anySatisfy(d -> {
            assertThat(d.personId()).isEqualTo(student);
            assertThat(d.reason().name()).isEqualTo("RETENTION");
        });
        mvc.perform(post("/privacy/run").with(csrf()).with(user(users.loadUserByUsername("admin"))))
                .andExpect(status().isFound()).andExpect(flash().attributeExists("anonymisedNow"));

        Map<String, Object> after = jdbc.queryForMap("select last_name, first_name, middle_name, birth_date,"
                + " anonymised_on from person where id = ?", student);
        assertThat(after).containsEntry("last_name", "Обезличено").containsEntry("first_name", "№ " + student)
                .containsEntry("middle_name", null).containsEntry("birth_date", null);
        assertThat(after.get("anonymised_on")).isNotNull();
        assertThat(jdbc.queryForMap("select grade, letter from student_class where person_id = ?", student))
                .containsEntry("grade", 7).containsEntry("letter", "");
        assertThat(jdbc.queryForObject("select request from mentee_profile where person_id = ?", String.class, student))
                .isEqualTo("—");
        assertThat(jdbc.queryForMap("select representative_name, revoked_on is not null as ended from consent"
                + " where person_id = ?", student)).containsEntry("representative_name", null).containsEntry("ended", true);
        // nothing of the old name is left in the person's rows
        String rows = jdbc.queryForObject("select concat_ws('|', p::text, (select string_agg(c::text, '|') from consent c"
                + " where c.person_id = p.id), (select m::text from mentee_profile m where m.person_id = p.id))"
                + " from person p where p.id = ?", String.class, student);
        assertThat(rows).doesNotContain("Старинов", "Глеб", "Олегович", "2012-03-04");
        // the counts of that year are the same
        assertThat(cells(coverage(municipality, "2020-03-01"))).isEqualTo(countsBefore);

        Map<String, Object> record = jdbc.queryForMap("select subject, categories, reason, performed_by from"
                + " data_destruction where person_id = ?", student);
        assertThat(record).containsEntry("subject", "Обезличено № " + student).containsEntry("reason", "RETENTION")
                .containsEntry("performed_by", "admin");
        assertThat((String) record.get("categories")).contains("фамилия, имя, отчество", "дата рождения");
        assertThatThrownBy(() -> jdbc.update("delete from data_destruction where person_id = ?", student))
                .hasMessageContaining("append-only");
        String register = mvc.perform(get("/privacy").with(user(users.loadUserByUsername("admin"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(register).contains("Обезличено № " + student, "истёк срок хранения");
        // the department of another municipality does not see it
        String department = mvc.perform(get("/privacy").with(user(users.loadUserByUsername("department"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(department).doesNotContain("Обезличено № " + student);
        // a second run finds nobody due any more
        assertThat(retention.due(List.of(school))).noneMatch(d -> d.personId() == student);
    }

    @Test
    void aWithdrawnPersonIsAnonymisedAfterTheGracePeriodAndTheJobRunsEveryNight() {
        long school = Fixtures.foreignMunicipalitySchool(schools, jdbc);
        long person = student(school, "Отказов");
        registry.revokeConsent(person, consentOf(person), "Заявление");
        assertThat(retention.due(List.of(school))).noneMatch(d -> d.personId() == person);
        jdbc.update("update person set processing_stopped_on = current_date - 31 where id = ?", person);
        assertThat(retention.due(List.of(school))).anySatisfy(d -> {
            assertThat(d.personId()).isEqualTo(person);
            assertThat(d.reason().name()).isEqualTo("WITHDRAWN");
        });
        assertThat(retention.run(List.of(school), "test")).isGreaterThanOrEqualTo(1);
        assertThat(jdbc.queryForObject("select reason from data_destruction where person_id = ?", String.class, person))
                .isEqualTo("WITHDRAWN");
    }

    @Test
    void theProcessingPolicyIsPublicAndNamesTheRetentionPeriod() throws Exception {
        String page = mvc.perform(get("/public/privacy")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("Политика обработки персональных данных", "152-ФЗ", "5 лет", "30 дней",
                "Как отозвать согласие");
    }

    private long student(long school, String lastName) {
        long id = registry.create(school, PersonKind.STUDENT, Fixtures.person(lastName, "Иван", null, 6));
        registry.recordConsent(id, new RecordConsent(LocalDate.of(2026, 9, 1), ConsentGiver.REPRESENTATIVE,
                lastName + "а Анна", "2026-1"));
        registry.putInMenteeBase(id, new SaveMenteeEntry("Чтение", null));
        return id;
    }

    private long consentOf(long person) {
        return jdbc.queryForObject("select max(id) from consent where person_id = ?", Long.class, person);
    }

    /** Whether the person appears in a row of the people list (the search box repeats the query, so look past it). */
    private boolean listed(long school, String q, boolean withdrawn) throws Exception {
        String page = mvc.perform(get("/schools/" + school + "/people").param("q", q)
                        .param("withdrawn", String.valueOf(withdrawn)).with(user(users.loadUserByUsername("curator1"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return page.substring(page.indexOf("data-testid=\"people-table\"")).contains(q);
    }

    private byte[] coverage(long municipality, String asOf) throws Exception {
        return mvc.perform(get("/monitoring/municipalities/" + municipality + "/schools.xlsx").param("asOf", asOf)
                        .with(user(users.loadUserByUsername("admin"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    }

    private static List<String> cells(byte[] xlsx) throws Exception {
        List<String> out = new ArrayList<>();
        DataFormatter f = new DataFormatter();
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        out.add(sheet.getSheetName() + ":" + f.formatCellValue(cell));
                    }
                }
            }
        }
        return out;
    }
}
