package ru.edu.mentoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import ru.edu.mentoring.audit.AuditLog;
import ru.edu.mentoring.pairing.FormCodes;
import ru.edu.mentoring.pairing.PairCommand;
import ru.edu.mentoring.pairing.PairingService;
import ru.edu.mentoring.people.RecordConsent;
import ru.edu.mentoring.people.ConsentGiver;
import ru.edu.mentoring.people.SaveMenteeEntry;
import ru.edu.mentoring.people.SaveMentorEntry;
import ru.edu.mentoring.people.PeopleRegistry;
import ru.edu.mentoring.people.PersonKind;
import ru.edu.mentoring.schools.SchoolForm;
import ru.edu.mentoring.schools.SchoolKind;
import ru.edu.mentoring.schools.Schools;
import ru.edu.mentoring.support.Fixtures;
import ru.edu.mentoring.support.IntegrationTest;

/**
 * Who saw a child's data, and everything held on them (issue 15, points 8 and 9): every page, PDF and export that
 * shows a minor writes an audit row naming the viewer and the minor; the subject's export lists their pairs' goals,
 * results and termination reasons, the documents naming them and that access log.
 */
class PersonalDataAccessTest extends IntegrationTest {

    @Autowired
    MockMvc mvc;

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
    AuditLog audit;

    /** A school of its own with a child (mentee and peer mentor), a teacher, a pair, a group and an order. */
    record Setting(long school, long child, long pair, long group, long openPair, long order) {}

    @Test
    void everyPageAndFileShowingAMinorIsAuditedWithTheViewerAndTheMinor() throws Exception {
        withSchool((school, curator) -> {
            Setting s = setting(school);
            MockHttpSession session = new MockHttpSession();
            record Read(String path, String entity) {}
            List<Read> reads = List.of(
                    new Read("/", "Home"),
                    new Read("/schools/" + school + "/people", "PeopleList"),
                    new Read("/schools/" + school + "/mentors", "MentorBase"),
                    new Read("/schools/" + school + "/mentees", "MenteeBase"),
                    new Read("/schools/" + school + "/pairs", "PairList"),
                    new Read("/schools/" + school + "/pairs/new", "PairForm"),
                    new Read("/pairs/" + s.pair(), "Pair"),
                    new Read("/pairs/" + s.group(), "Pair"),
                    new Read("/pairs/" + s.openPair() + "/edit", "PairForm"),
                    new Read("/documents/school/" + school + "/pair-order", "PairOrderForm"),
                    new Read("/documents/" + s.order() + "/file", "PairOrder"),
                    new Read("/people/" + s.child(), "Person"),
                    new Read("/people/" + s.child() + "/edit", "Person"),
                    new Read("/people/" + s.child() + "/mentor", "Person"),
                    new Read("/people/" + s.child() + "/mentee", "Person"),
                    new Read("/people/" + s.child() + "/export.xlsx", "Person"));
            for (Read read : reads) {
                int before = reads(s.child(), read.entity());
                mvc.perform(get(read.path()).session(session).with(user(curator()))).andExpect(status().isOk());
                assertThat(reads(s.child(), read.entity())).as(read.path() + " audited as a read of the child")
                        .isEqualTo(before + 1);
            }
            // the pair list sent again from the session's stored page is a read too
            int before = reads(s.child(), "PairList");
            mvc.perform(get("/schools/" + school + "/pairs").session(session).with(user(curator())))
                    .andExpect(status().isOk());
            assertThat(reads(s.child(), "PairList")).isEqualTo(before + 1);
            // one row per request naming every minor shown: the child, the peer mentor, the neighbour, the little one
            assertThat(jdbc.queryForObject("select cardinality(person_ids) from audit_event where entity = 'PairList'"
                    + " and school_id = ? order by id desc limit 1", Integer.class, school)).isEqualTo(4);
            // an adult's card is not a minor's read
            long teacher = jdbc.queryForObject("select id from person where school_id = ? and kind = 'TEACHER'",
                    Long.class, school);
            mvc.perform(get("/people/" + teacher).with(user(curator()))).andExpect(status().isOk());
            audit.flushReads();
            assertThat(jdbc.queryForObject("select count(*) from audit_event where person_ids @> array[?]::bigint[]"
                    + " or (entity = 'Person' and entity_id = ? and action = 'VIEW')", Integer.class, teacher,
                    String.valueOf(teacher))).isZero();
        });
    }

    @Test
    void theSubjectsExportHoldsPairTextsDocumentsNamingThemAndWhoSawTheirData() throws Exception {
        withSchool((school, curator) -> {
            Setting s = setting(school);
            mvc.perform(get("/people/" + s.child()).with(user(curator()))).andExpect(status().isOk());
            mvc.perform(get("/schools/" + school + "/pairs").with(user(curator()))).andExpect(status().isOk());

            byte[] xlsx = mvc.perform(get("/people/" + s.child() + "/export.xlsx").with(user(curator())))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
            try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
                List<String> pairs = rows(book.getSheet("Участие в наставничестве"));
                assertThat(pairs.get(0)).contains("Цель", "Итог", "Причина досрочного завершения");
                assertThat(String.join("\n", pairs)).contains("Подготовка к олимпиаде по алгебре",
                        "Олимпиада пройдена", "Группа распалась", "Чтение вслух");

                List<String> documents = rows(book.getSheet("Документы с упоминанием"));
                assertThat(documents.get(0)).contains("Документ", "Вид документа", "Размещён");
                assertThat(documents).hasSize(2);
                assertThat(documents.get(1)).contains("№ 12-од", "Приказ о закреплении наставнических пар");

                List<String> access = rows(book.getSheet("Кто знакомился с данными"));
                assertThat(access.get(0)).contains("Когда", "Кто (учётная запись)", "Действие", "Где");
                assertThat(String.join("\n", access)).contains("curator1 | просмотр | карточка человека",
                        "curator1 | просмотр | список пар и групп", "curator1 | выгрузка | карточка человека");
            }
        });
    }

    // ---- setting

    interface SchoolTest {
        void run(long school, long curator) throws Exception;
    }

    /** A new school of the other municipality, with curator1 appointed to it for the test. */
    private void withSchool(SchoolTest test) throws Exception {
        long foreign = Fixtures.foreignMunicipalitySchool(schools, jdbc);
        long municipality = jdbc.queryForObject("select municipality_id from school where id = ?", Long.class, foreign);
        String tag = Long.toString(System.nanoTime() % 1_000_000);
        long school = schools.createSchool(municipality, new SchoolForm(
                "Муниципальное бюджетное общеобразовательное учреждение «Школа доступа " + tag + "»",
                "Школа доступа " + tag, SchoolKind.GENERAL, null, null, null));
        long curator = Fixtures.userId(jdbc, "curator1");
        jdbc.update("insert into app_user_school (user_id, school_id) values (?, ?)", curator, school);
        try {
            test.run(school, curator);
        } finally {
            jdbc.update("delete from app_user_school where user_id = ? and school_id = ?", curator, school);
        }
    }

    private UserDetails curator() {
        return users.loadUserByUsername("curator1");
    }

    private Setting setting(long school) throws Exception {
        long child = student(school, "Доступов", 7);
        registry.putInMentorBase(child, new SaveMentorEntry("Помогает с чтением", 1, LocalDate.of(2026, 10, 1), "Курс"));
        long neighbour = student(school, "Соседкин", 7);
        long peer = student(school, "Старшеклассников", 10);
        registry.putInMentorBase(peer, new SaveMentorEntry("Алгебра", 3, LocalDate.of(2025, 10, 1), "Курс"));
        long little = student(school, "Младшов", 3);
        long teacher = registry.create(school, PersonKind.TEACHER, Fixtures.person("Учителева", "Нина", null, null));
        Fixtures.ownConsent(registry, teacher);
        registry.putInMentorBase(teacher, new SaveMentorEntry("Алгебра", 5, LocalDate.of(2025, 10, 1), "Курс"));

        long teacherForm = pairing.formId(FormCodes.TEACHER_STUDENT).orElseThrow();
        long peerForm = pairing.formId(FormCodes.STUDENT_STUDENT).orElseThrow();
        LocalDate start = LocalDate.of(2026, 9, 10);
        LocalDate end = LocalDate.of(2027, 5, 20);
        long pair = pairing.register(school, SchoolKind.GENERAL, new PairCommand(teacherForm, null, teacher,
                Set.of(child), null, start, end, "Подготовка к олимпиаде по алгебре"), true);
        long group = pairing.register(school, SchoolKind.GENERAL, new PairCommand(peerForm, null, peer,
                Set.of(child, neighbour), null, start, end, "Геометрия в группе"), true);
        mvc.perform(post("/documents/school/" + school + "/pair-order").with(csrf()).with(user(curator()))
                        .param("pairIds", String.valueOf(pair), String.valueOf(group)).param("number", "12-од")
                        .param("date", "2026-09-15"))
                .andExpect(status().isFound());
        long order = jdbc.queryForObject("select id from school_document where school_id = ? and kind = 'PAIRS_ORDER'",
                Long.class, school);
        pairing.complete(pair, version(pair), LocalDate.of(2026, 11, 20), "Олимпиада пройдена");
        pairing.terminate(group, version(group), LocalDate.of(2026, 11, 21), "Группа распалась");
        // the child as a peer mentor of a younger pupil, a pair without an order yet
        long openPair = pairing.register(school, SchoolKind.GENERAL, new PairCommand(peerForm, null, child,
                Set.of(little), null, start, end, "Чтение вслух"), true);
        return new Setting(school, child, pair, group, openPair, order);
    }

    private long student(long school, String lastName, int grade) {
        long id = registry.create(school, PersonKind.STUDENT, Fixtures.person(lastName, "Иван", null, grade));
        registry.recordConsent(id, new RecordConsent(LocalDate.of(2026, 9, 1), ConsentGiver.REPRESENTATIVE,
                lastName + "а Анна", "2026-1"));
        registry.putInMenteeBase(id, new SaveMenteeEntry("Чтение", null));
        return id;
    }

    private long version(long pairId) {
        return jdbc.queryForObject("select version from mentoring_pair where id = ?", Long.class, pairId);
    }

    /** Audit rows of curator1 with this entity that name the person (in the list of persons or as the record). */
    private int reads(long personId, String entity) {
        audit.flushReads();
        return jdbc.queryForObject("select count(*) from audit_event where username = 'curator1' and entity = ?"
                + " and (person_ids @> array[?]::bigint[] or (entity = 'Person' and entity_id = ?))", Integer.class,
                entity, personId, String.valueOf(personId));
    }

    private static List<String> rows(Sheet sheet) {
        assertThat(sheet).isNotNull();
        DataFormatter format = new DataFormatter();
        List<String> rows = new ArrayList<>();
        for (Row row : sheet) {
            List<String> cells = new ArrayList<>();
            row.forEach(c -> cells.add(format.formatCellValue(c)));
            rows.add(String.join(" | ", cells));
        }
        return rows;
    }
}
