package ru.edu.mentoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import ru.edu.mentoring.audit.AuditLog;
import ru.edu.mentoring.documents.Documents;
import ru.edu.mentoring.pairing.FormCodes;
import ru.edu.mentoring.pairing.PairCommand;
import ru.edu.mentoring.pairing.PairingService;
import ru.edu.mentoring.people.RecordConsent;
import ru.edu.mentoring.people.ConsentGiver;
import ru.edu.mentoring.people.SaveMenteeEntry;
import ru.edu.mentoring.people.SaveMentorEntry;
import ru.edu.mentoring.people.PeopleRegistry;
import ru.edu.mentoring.people.SavePerson;
import ru.edu.mentoring.people.PersonKind;
import ru.edu.mentoring.people.Retention;
import ru.edu.mentoring.schools.SchoolForm;
import ru.edu.mentoring.schools.SchoolKind;
import ru.edu.mentoring.schools.Schools;
import ru.edu.mentoring.support.DatabaseText;
import ru.edu.mentoring.support.Fixtures;
import ru.edu.mentoring.support.IntegrationTest;

/**
 * Anonymisation leaves no name behind (issue 15, point 3): a child's unique surname is put into every field linked to
 * them (card, bases, consent and its withdrawal, pairs' goal, result and termination reason, a generated order on
 * fixing pairs, a notification, an import report, news, audit rows of views); after the retention job neither a plain
 * pg_dump of the whole database (large objects included) nor the text of any stored file (PDF text extracted) holds it.
 */
class PersonalDataDestructionTest extends IntegrationTest {

    static final String SURNAME = "Щукинзаров";

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
    Retention retention;

    @Autowired
    Documents documents;

    @Autowired
    AuditLog audit;

    @Test
    void afterTheJobTheNameIsNowhereInTheDatabaseNorInAnyStoredFile() throws Exception {
        long foreign = Fixtures.foreignMunicipalitySchool(schools, jdbc);
        long municipality = jdbc.queryForObject("select municipality_id from school where id = ?", Long.class, foreign);
        String tag = Long.toString(System.nanoTime() % 1_000_000);
        long school = schools.createSchool(municipality, new SchoolForm(
                "Муниципальное бюджетное общеобразовательное учреждение «Школа обезличивания " + tag + "»",
                "Школа обезличивания " + tag, SchoolKind.GENERAL, null, null, null));
        long curator = Fixtures.userId(jdbc, "curator1");
        jdbc.update("insert into app_user_school (user_id, school_id) values (?, ?)", curator, school);
        try {
            run(school, curator);
        } finally {
            jdbc.update("delete from app_user_school where user_id = ? and school_id = ?", curator, school);
        }
    }

    private void run(long school, long curator) throws Exception {
        int fields = 0;
        // the person card: name, middle name, identifier at school
        SavePerson card = Fixtures.person(SURNAME, "Тимофей", "Аркадьевич", 7).withExternalKey(SURNAME + "-7А");
        long child = registry.create(school, PersonKind.STUDENT, card);
        fields += 4;
        RecordConsent consentForm = new RecordConsent(LocalDate.of(2026, 9, 1), ConsentGiver.REPRESENTATIVE,
                SURNAME + "а Ольга Ивановна", SURNAME + "-2026").withText(
                "Участие обучающегося " + SURNAME + " Тимофей в программе наставничества",
                "ФИО (" + SURNAME + " Т. А.), класс");
        long consent = registry.recordConsent(child, consentForm);
        fields += 4;
        registry.putInMentorBase(child, new SaveMentorEntry(SURNAME + " Тимофей: олимпиадная математика", 2,
                LocalDate.of(2026, 10, 1), "Школа вожатых, слушатель " + SURNAME));
        registry.putInMenteeBase(child, new SaveMenteeEntry(SURNAME + " Тимофей просит помощи с алгеброй", null));
        fields += 3;

        long teacher = registry.create(school, PersonKind.TEACHER, Fixtures.person("Нейтральная", "Ольга", null, null));
        Fixtures.ownConsent(registry, teacher);
        registry.putInMentorBase(teacher, new SaveMentorEntry("Алгебра", 5, LocalDate.of(2025, 10, 1), "Курс"));
        long neighbour = registry.create(school, PersonKind.STUDENT, Fixtures.person("Соседов", "Игорь", null, 7));
        registry.recordConsent(neighbour, new RecordConsent(LocalDate.of(2026, 9, 1), ConsentGiver.REPRESENTATIVE,
                "Соседова Анна", "2026-1"));
        registry.putInMenteeBase(neighbour, new SaveMenteeEntry("Геометрия", null));

        long formId = pairing.formId(FormCodes.TEACHER_STUDENT).orElseThrow();
        LocalDate start = LocalDate.of(2026, 9, 10);
        LocalDate end = LocalDate.of(2027, 5, 20);
        long pair = pairing.register(school, SchoolKind.GENERAL, new PairCommand(formId, null, teacher, Set.of(child),
                null, start, end, "Цель: " + SURNAME + " Тимофей освоит алгебру"), true);
        long peer = registry.create(school, PersonKind.STUDENT, Fixtures.person("Старшеклассникова", "Вера", null, 10));
        registry.recordConsent(peer, new RecordConsent(LocalDate.of(2026, 9, 1), ConsentGiver.REPRESENTATIVE,
                "Старшеклассникова Анна", "2026-1"));
        registry.putInMentorBase(peer, new SaveMentorEntry("Алгебра", 3, LocalDate.of(2025, 10, 1), "Курс"));
        long peerForm = pairing.formId(FormCodes.STUDENT_STUDENT).orElseThrow();
        long group = pairing.register(school, SchoolKind.GENERAL, new PairCommand(peerForm, null, peer,
                Set.of(child, neighbour), null, start, end, "Группа, где " + SURNAME + " Т. А. — староста"), true);
        long other = pairing.register(school, SchoolKind.GENERAL, new PairCommand(formId, null, teacher,
                Set.of(neighbour), null, start, end, "Заниматься вместе с " + SURNAME + " Тимофей"), true);
        fields += 3;

        // the order fixing the pairs, generated as a PDF by the curator
        mvc.perform(post("/documents/school/" + school + "/pair-order").with(csrf())
                        .with(user(users.loadUserByUsername("curator1")))
                        .param("pairIds", String.valueOf(pair), String.valueOf(group), String.valueOf(other))
                        .param("number", "77-од").param("date", "2026-09-15"))
                .andExpect(status().isFound());
        long order = jdbc.queryForObject("select id from school_document where school_id = ? and kind = 'PAIRS_ORDER'",
                Long.class, school);
        assertThat(pdfText(order)).contains(SURNAME + " Тимофей Аркадьевич");
        assertThat(docxText(order)).contains(SURNAME + " Тимофей Аркадьевич, 7");
        fields += 1;

        pairing.complete(pair, version(pair), LocalDate.of(2026, 11, 20), "Итог: " + SURNAME + " Тимофей справился");
        pairing.terminate(group, version(group), LocalDate.of(2026, 11, 21), SURNAME + " Тимофей сменил кружок");
        fields += 2;

        // texts elsewhere that mention the child: a reviewer's comment sent as a notification, an import report,
        // the school's news
        jdbc.update("insert into notification (user_id, kind, school_id, school_name, actor_name, comment, link,"
                + " created_at) values (?, 'ROADMAP_RETURNED', ?, 'Школа', 'Методист', ?, '/roadmaps/0', now())",
                curator, school, "Добавьте занятия, о которых просил " + SURNAME + " Тимофей");
        jdbc.update("insert into import_run (school_id, user_id, user_name, file_name, duration_ms, status, data_rows,"
                + " created, updated, unchanged, error_count, report) values (?, ?, 'Куратор', ?, 10, 'DONE', 1, 0, 1,"
                + " 0, 0, ?)", school, curator, "класс 7А " + SURNAME + ".xlsx",
                "{\"notes\":[\"Строка 2: " + SURNAME + " Тимофей обновлён\"],\"errors\":[]}");
        documents.addNews(school, "Поздравляем " + SURNAME + " Тимофей", LocalDate.of(2026, 11, 1),
                "Ученик 7А " + SURNAME + " Т. А. победил в олимпиаде.");
        fields += 5;
        // the school's roadmap (a reviewer's comment, a measure's result) and its annual report
        long municipality = jdbc.queryForObject("select municipality_id from school where id = ?", Long.class, school);
        long roadmap = jdbc.queryForObject("insert into roadmap (school_id, municipality_id, title, status,"
                + " status_changed_at, updated_at) values (?, ?, 'Дорожная карта', 'RETURNED', now(), now())"
                + " returning id", Long.class, school, municipality);
        jdbc.update("insert into approval_transition (subject_kind, subject_id, school_id, from_status, to_status,"
                + " actor_id, actor_name, at, comment) values ('ROADMAP', ?, ?, 'SUBMITTED', 'RETURNED', ?, 'Методист',"
                + " now(), ?)", roadmap, school, curator,
                "Добавьте занятия, о которых просил " + SURNAME + " Тимофей");
        jdbc.update("insert into roadmap_measure (roadmap_id, position, number, title, result) values (?, 1, '1',"
                + " 'Олимпиадная подготовка', ?)", roadmap, "Призёр — " + SURNAME + " Т. А.");
        long report = jdbc.queryForObject("insert into school_report (school_id, municipality_id, academic_year,"
                + " status, results, status_changed_at, updated_at) values (?, ?, 2026, 'DRAFT', ?, now(), now())"
                + " returning id", Long.class, school, municipality, "Лучший результат: " + SURNAME + " Тимофей");
        jdbc.update("insert into approval_transition (subject_kind, subject_id, school_id, from_status, to_status,"
                + " actor_id, actor_name, at, comment) values ('REPORT', ?, ?, 'SUBMITTED', 'RETURNED', ?, 'Методист',"
                + " now(), ?)", report, school, curator,
                "Уточните про " + SURNAME + " Тимофей");
        fields += 4;

        // reads audited: the card, the list, the pair
        mvc.perform(get("/people/" + child).with(user(users.loadUserByUsername("curator1"))))
                .andExpect(status().isOk());
        mvc.perform(get("/pairs/" + pair).with(user(users.loadUserByUsername("curator1"))))
                .andExpect(status().isOk());
        audit.flushReads();
        assertThat(jdbc.queryForObject("select count(*) from audit_event where entity_id = ? or person_ids @>"
                + " array[?]::bigint[]", Integer.class, String.valueOf(child), child)).isGreaterThan(0);
        fields += 1;

        // consent withdrawn with a reason naming the child; the grace period passes
        assertThat(registry.revokeConsent(child, consent, SURNAME + " Тимофей переезжает в другой город")).isTrue();
        fields += 1;
        jdbc.update("update person set processing_stopped_on = current_date - 31 where id = ?", child);

        DatabaseText.Snapshot before = DatabaseText.take(jdbc);
        int dumpBefore = before.occurrencesInDump(SURNAME);
        int filesBefore = before.occurrencesInFiles(SURNAME);
        assertThat(dumpBefore).as("the name in the dump before the job").isPositive();
        assertThat(filesBefore).as("the name in stored files before the job").isPositive();

        assertThat(retention.due(List.of(school))).extracting(Retention.Due::personId).containsExactly(child);
        assertThat(retention.run(List.of(school), "test")).isEqualTo(1);

        DatabaseText.Snapshot after = DatabaseText.take(jdbc);
        System.out.printf("PersonalDataDestructionTest: %d fields seeded; pg_dump %d bytes, %d stored files;"
                        + " «%s» before the job: %d in the dump, %d in files; after: %d in the dump, %d in files%n",
                fields, after.dump().getBytes(java.nio.charset.StandardCharsets.UTF_8).length, after.files().size(),
                SURNAME, dumpBefore, filesBefore, after.occurrencesInDump(SURNAME),
                after.occurrencesInFiles(SURNAME));
        assertThat(after.dumpLinesWith(SURNAME)).as("dump lines still naming the child").isEmpty();
        assertThat(after.filesWith(SURNAME)).as("stored files still naming the child").isEmpty();
        assertThat(after.occurrencesInDump(SURNAME)).isZero();
        assertThat(after.occurrencesInFiles(SURNAME)).isZero();

        // the order is re-issued under the pseudonym and still lists the other pupil; the texts of the child's pairs
        // are cleared, the other pair's goal names the pseudonym
        String reissued = pdfText(order);
        assertThat(reissued).contains("Обезличено № " + child, "Соседов Игорь", "77-од");
        // the editable DOCX of the order is made from today's data: the pseudonym, never the name
        assertThat(docxText(order)).contains("Обезличено № " + child, "Соседов Игорь", "77-од")
                .doesNotContainIgnoringCase(SURNAME);
        assertThat(jdbc.queryForMap("select goal, result from mentoring_pair where id = ?", pair))
                .containsEntry("goal", "—").containsEntry("result", "—");
        assertThat(jdbc.queryForObject("select goal from mentoring_pair where id = ?", String.class, other))
                .isEqualTo("Заниматься вместе с Обезличено № " + child);
        assertThat(jdbc.queryForObject("select revoked_reason from consent where id = ?", String.class, consent))
                .isEqualTo("Персональные данные обезличены");
    }

    private long version(long pairId) {
        return jdbc.queryForObject("select version from mentoring_pair where id = ?", Long.class, pairId);
    }

    private String docxText(long documentId) throws Exception {
        byte[] bytes = mvc.perform(get("/documents/" + documentId + "/docx")
                        .with(user(users.loadUserByUsername("curator1"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(bytes));
                var extractor = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(doc)) {
            return extractor.getText().replaceAll("\\s+", " ");
        }
    }

    private String pdfText(long documentId) throws Exception {
        byte[] bytes = jdbc.queryForObject("select f.content from school_document d join document_file f"
                + " on f.id = d.file_id where d.id = ?", byte[].class, documentId);
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }
}
