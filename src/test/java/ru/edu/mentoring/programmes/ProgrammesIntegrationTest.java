package ru.edu.mentoring.programmes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import ru.edu.mentoring.accounts.Accounts;
import ru.edu.mentoring.accounts.CurrentUser;
import ru.edu.mentoring.accounts.Role;
import ru.edu.mentoring.approval.ApprovalRuleException;
import ru.edu.mentoring.pairing.FormCodes;
import ru.edu.mentoring.pairing.PairCommand;
import ru.edu.mentoring.pairing.PairingService;
import ru.edu.mentoring.pairing.TeacherFormat;
import ru.edu.mentoring.people.ConsentGiver;
import ru.edu.mentoring.people.PeopleRegistry;
import ru.edu.mentoring.people.PersonKind;
import ru.edu.mentoring.people.RecordConsent;
import ru.edu.mentoring.people.SaveMenteeEntry;
import ru.edu.mentoring.people.SaveMentorEntry;
import ru.edu.mentoring.people.SavePerson;
import ru.edu.mentoring.schools.SchoolKind;
import ru.edu.mentoring.schools.Schools;
import ru.edu.mentoring.shared.NotFoundException;
import ru.edu.mentoring.shared.StaleVersionException;
import ru.edu.mentoring.support.Fixtures;
import ru.edu.mentoring.support.HttpSession;
import ru.edu.mentoring.support.IntegrationTest;
import ru.edu.mentoring.support.OwnMunicipality;

/**
 * Programmes of mentoring, one test per rule, on a school of the test's own municipality (МАОУ СОШ № 75 (программы))
 * with its own curator, deputy and head, a teacher pair and a teacher–student pair started this academic year.
 */
class ProgrammesIntegrationTest extends IntegrationTest {

    static final String SCHOOL = "МАОУ СОШ № 75 (программы)";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Schools schools;

    @Autowired
    Accounts accounts;

    @Autowired
    PeopleRegistry people;

    @Autowired
    PairingService pairing;

    @Autowired
    Programmes programmes;

    @Autowired
    PersonalProgrammes personal;

    @Autowired
    ProgrammeFigures figures;

    @org.springframework.boot.test.web.server.LocalServerPort
    int port;

    static long school;
    static long municipality;
    static long teacherPair;
    static long studentPair;
    CurrentUser curator;
    CurrentUser head;
    CurrentUser department;
    CurrentUser otherHead;

    @BeforeEach
    void world() {
        synchronized (ProgrammesIntegrationTest.class) {
            if (school == 0) {
                municipality = OwnMunicipality.id(schools, accounts);
                Long created = OwnMunicipality.newSchool(schools, accounts, jdbc, SCHOOL,
                        "Муниципальное автономное общеобразовательное учреждение «Средняя школа № 75»");
                school = created != null ? created : Fixtures.schoolId(jdbc, SCHOOL);
                account("curator.prog", "Программова Анна Сергеевна", Role.CURATOR, Set.of(school));
                account("head.prog", "Директорова Ирина Павловна", Role.SCHOOL_HEAD, Set.of(school));
                account("head.prog.other", "Чужая Елена Ивановна", Role.SCHOOL_HEAD, Set.of(Fixtures.school1(jdbc)));
                if (created != null) {
                    pairs();
                }
                teacherPair = jdbc.queryForObject("select min(p.id) from mentoring_pair p join mentoring_form f on"
                        + " f.id = p.form_id where p.school_id = ? and f.code = 'TEACHER_TEACHER'", Long.class, school);
                studentPair = jdbc.queryForObject("select min(p.id) from mentoring_pair p join mentoring_form f on"
                        + " f.id = p.form_id where p.school_id = ? and f.code = 'TEACHER_STUDENT'", Long.class, school);
            }
        }
        curator = user("curator.prog", "Программова Анна Сергеевна", Role.CURATOR, municipality, Set.of(school));
        head = user("head.prog", "Директорова Ирина Павловна", Role.SCHOOL_HEAD, municipality, Set.of(school));
        otherHead = user("head.prog.other", "Чужая Елена Ивановна", Role.SCHOOL_HEAD, municipality,
                Set.of(Fixtures.school1(jdbc)));
        department = user(OwnMunicipality.DEPARTMENT, "Проверкина Ольга Ивановна", Role.DEPARTMENT, municipality,
                Set.of());
    }

    private void account(String username, String name, Role role, Set<Long> schoolIds) {
        if (!accounts.usernameTaken(username)) {
            accounts.create(new Accounts.NewAccount(username, "demo", name, null, Set.of(role), municipality,
                    schoolIds));
        }
    }

    private CurrentUser user(String username, String name, Role role, Long municipalityId, Set<Long> schoolIds) {
        return new CurrentUser(Fixtures.userId(jdbc, username), username, name, Set.of(role), municipalityId,
                schoolIds);
    }

    private void pairs() {
        long mentor = people.create(school, PersonKind.TEACHER, Fixtures.person("Опытнова", "Галина", "Петровна",
                null));
        Fixtures.ownConsent(people, mentor);
        long young = people.create(school, PersonKind.TEACHER, SavePerson.named("Молодова", "Дарья", "Игоревна")
                .withTeacher("Учитель", null, LocalDate.of(2025, 9, 1), false));
        Fixtures.ownConsent(people, young);
        people.putInMentorBase(mentor, new SaveMentorEntry("Методика", 3, LocalDate.of(2025, 10, 1), "Курс"));
        people.putInMenteeBase(young, new SaveMenteeEntry("Дисциплина на уроке", null));
        int year = ru.edu.mentoring.shared.AcademicYear.of(LocalDate.now());
        LocalDate start = LocalDate.of(year, 9, 15);
        pairing.register(school, SchoolKind.GENERAL, new PairCommand(pairing.formId(FormCodes.TEACHER_TEACHER)
                .orElseThrow(), null, mentor, Set.of(young), TeacherFormat.TRADITIONAL, start,
                start.plusMonths(8), "Адаптация", null, null, null), true);
        long student = people.create(school, PersonKind.STUDENT, Fixtures.person("Ученикова", "Вера", "Олеговна", 6));
        people.recordConsent(student, new RecordConsent(LocalDate.of(year, 9, 1), ConsentGiver.REPRESENTATIVE,
                "Ученикова Ольга Петровна", "2025-1"));
        people.putInMenteeBase(student, new SaveMenteeEntry("Математика", null));
        pairing.register(school, SchoolKind.GENERAL, new PairCommand(pairing.formId(FormCodes.TEACHER_STUDENT)
                .orElseThrow(), null, mentor, Set.of(student), null, start, start.plusMonths(8), "Успеваемость",
                null, null, null), true);
    }

    private long form(String code) {
        return pairing.formId(code).orElseThrow();
    }

    private long draft(String code) {
        long formId = form(code);
        Long existing = jdbc.query("select id from school_programme where school_id = ? and form_id = ?"
                + " and academic_year = ?", rs -> rs.next() ? rs.getLong(1) : null, school, formId,
                programmes.currentYear());
        return existing != null ? existing : programmes.create(curator, school, formId, programmes.currentYear());
    }

    private long version(long id) {
        return jdbc.queryForObject("select version from school_programme where id = ?", Long.class, id);
    }

    private void fill(long id) {
        int y = programmes.currentYear();
        programmes.edit(curator, id, version(id), "Цель", "Задачи", "«равный — равному»", LocalDate.of(y, 9, 1),
                LocalDate.of(y + 1, 5, 31), curator.id());
    }

    @Test
    void aSchoolHasOneProgrammePerFormAndYear() {
        draft(FormCodes.EMPLOYER_STUDENT);
        assertThatThrownBy(() -> programmes.create(curator, school, form(FormCodes.EMPLOYER_STUDENT),
                programmes.currentYear()))
                .isInstanceOf(ProgrammeRuleException.class).hasMessage("programme.error.exists");
    }

    @Test
    void onlyTheSchoolsCuratorWritesAndOnlyItsHeadDecides() {
        long id = draft(FormCodes.STUDENT_STUDENT);
        assertThatThrownBy(() -> programmes.create(head, school, form(FormCodes.UNISTUDENT_STUDENT),
                programmes.currentYear())).isInstanceOf(AccessDeniedException.class);
        fill(id);
        programmes.submit(curator, id, version(id));
        assertThatThrownBy(() -> programmes.approve(department, id, version(id), null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> programmes.approve(otherHead, id, version(id), null))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> programmes.approve(curator, id, version(id), null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> programmes.returnForRework(head, id, version(id), " "))
                .isInstanceOf(ApprovalRuleException.class).hasMessage("programme.return.commentRequired");
        programmes.returnForRework(head, id, version(id), "Уточните задачи");
        assertThat(status(id)).isEqualTo("RETURNED");
        fill(id);
        programmes.submit(curator, id, version(id));
        programmes.approve(head, id, version(id), null);
        assertThat(status(id)).isEqualTo("APPROVED");
        assertThat(programmes.view(head, id).history()).extracting(t -> t.to().name())
                .containsExactly("APPROVED", "SUBMITTED", "RETURNED", "SUBMITTED");
        assertThatThrownBy(() -> programmes.edit(curator, id, version(id), "x", "y", null, LocalDate.now(),
                LocalDate.now(), null)).isInstanceOf(ApprovalRuleException.class)
                .hasMessage("programme.notEditable");
    }

    @Test
    void approvalFilesTheOrderInTheRegisterAndTellsTheSchool() {
        long id = draft(FormCodes.TEACHER_TEACHER);
        if (!status(id).equals("APPROVED")) {
            fill(id);
            programmes.submit(curator, id, version(id));
            assertThat(jdbc.queryForObject("select count(*) from notification where user_id = ? and link = ?"
                    + " and kind = 'PROGRAMME_SUBMITTED'", Long.class, head.id(), "/programmes/" + id)).isEqualTo(1);
            programmes.approve(head, id, version(id), "Утверждаю");
        }
        Long document = jdbc.queryForObject("select order_document_id from school_programme where id = ?", Long.class,
                id);
        assertThat(document).isNotNull();
        assertThat(jdbc.queryForMap("select kind, published, file_type from school_document where id = ?", document))
                .containsEntry("kind", "PROGRAMME_TEACHERS").containsEntry("published", false)
                .containsEntry("file_type", "PDF");
    }

    @Test
    void submissionNeedsGoalTasksAndCuratorAndAStaleVersionIsRefused() {
        long id = draft(FormCodes.UNISTUDENT_STUDENT);
        if (!status(id).equals("DRAFT")) {
            return;
        }
        assertThatThrownBy(() -> programmes.submit(curator, id, version(id)))
                .isInstanceOf(ProgrammeRuleException.class).hasMessage("programme.error.incomplete");
        long seen = version(id);
        fill(id);
        assertThatThrownBy(() -> programmes.submit(curator, id, seen)).isInstanceOf(StaleVersionException.class);
        int y = programmes.currentYear();
        assertThatThrownBy(() -> programmes.edit(curator, id, version(id), "Ц", "З", null, LocalDate.of(y, 9, 1),
                LocalDate.of(y + 2, 5, 31), curator.id())).isInstanceOf(ProgrammeRuleException.class)
                .hasMessage("programme.error.period.year");
        long headId = head.id();
        assertThatThrownBy(() -> programmes.edit(curator, id, version(id), "Ц", "З", null, LocalDate.of(y, 9, 1),
                LocalDate.of(y + 1, 5, 31), headId)).isInstanceOf(ProgrammeRuleException.class)
                .hasMessage("programme.error.curator");
    }

    @Test
    void aPairBelongsToItsSchoolsProgrammeOfItsFormAndYear() {
        long id = draft(FormCodes.TEACHER_STUDENT);
        assertThat(programmes.pairsOf(id)).extracting(ProgrammeViews.PairRow::pairId).containsExactly(studentPair);
        var ref = programmes.programmeOfPair(school, form(FormCodes.TEACHER_STUDENT),
                LocalDate.of(programmes.currentYear(), 10, 1));
        assertThat(ref).map(Programmes.ProgrammeRef::id).contains(id);
        assertThat(programmes.programmeOfPair(school, form(FormCodes.TEACHER_STUDENT),
                LocalDate.of(programmes.currentYear() - 1, 10, 1))).isEmpty();
    }

    @Test
    void figuresCountApprovedProgrammesPerSchool() {
        long id = draft(FormCodes.EMPLOYER_STUDENT_VO);
        int before = figures.approvedBySchool(municipality, programmes.currentYear()).getOrDefault(school, 0);
        if (status(id).equals("DRAFT")) {
            fill(id);
            programmes.submit(curator, id, version(id));
            assertThat(figures.approvedBySchool(municipality, programmes.currentYear()).getOrDefault(school, 0))
                    .isEqualTo(before);
            programmes.approve(head, id, version(id), null);
            assertThat(figures.approvedBySchool(municipality, programmes.currentYear())).containsEntry(school,
                    before + 1);
        }
        assertThat(figures.approvedBySchool(municipality, programmes.currentYear() - 1)).doesNotContainKey(school);
    }

    @Test
    void aPersonalisedProgrammeIsOnlyForTeacherPairsAndWarnsOutsideThreeToTwelveMonths() {
        assertThatThrownBy(() -> personal.readablePair(curator, studentPair))
                .isInstanceOf(ProgrammeRuleException.class).hasMessage("personal.error.teacherOnly");
        LocalDate start = LocalDate.of(programmes.currentYear(), 9, 15);
        long version = personal.view(personal.readablePair(curator, teacherPair)).version();
        boolean warning = personal.save(curator, teacherPair, version, "Дисциплина", "Цель", "Задачи", start,
                start.plusMonths(14));
        assertThat(warning).isTrue();
        var view = personal.view(personal.readablePair(curator, teacherPair));
        assertThat(view.durationWarning()).isTrue();
        assertThat(personal.save(curator, teacherPair, view.version(), "Дисциплина", "Цель", "Задачи", start,
                start.plusMonths(6))).isFalse();
        assertThatThrownBy(() -> personal.save(head, teacherPair, view.version() + 1, "x", "y", "z", start,
                start.plusMonths(6))).isInstanceOf(AccessDeniedException.class);
        long activity = personal.addActivity(curator, teacherPair, "Посещение уроков", start.plusWeeks(2),
                "Приёмы", true, "Посещено 3 урока");
        var after = personal.view(personal.readablePair(head, teacherPair));
        assertThat(after.activities()).extracting(ProgrammeViews.ActivityRow::id).contains(activity);
        personal.saveResults(curator, teacherPair, after.version(), "Самоанализ", "Отзыв", "Заключение");
        assertThat(personal.view(personal.readablePair(head, teacherPair)).curatorConclusion())
                .isEqualTo("Заключение");
    }

    @Test
    void thePublicPageShowsApprovedProgrammesWithoutTheCuratorsName() throws Exception {
        long id = draft(FormCodes.STUDENT_STUDENT_VO);
        if (status(id).equals("DRAFT")) {
            int y = programmes.currentYear();
            programmes.edit(curator, id, version(id), "Публичная цель программы", "Публичные задачи", null,
                    LocalDate.of(y, 9, 1), LocalDate.of(y + 1, 5, 31), curator.id());
        }
        HttpSession anonymous = new HttpSession(port);
        String before = anonymous.get("/public/schools/" + school).body();
        assertThat(before).doesNotContain("Публичная цель программы");
        if (!status(id).equals("APPROVED")) {
            programmes.submit(curator, id, version(id));
            programmes.approve(head, id, version(id), null);
        }
        String page = anonymous.get("/public/schools/" + school).body();
        assertThat(page).contains("Публичная цель программы").doesNotContain("Программова")
                .doesNotContain("Директорова");
    }

    /**
     * The personalised programme's page draws its long texts from one fragment ({@code fragments/fields ::
     * longText}) and its read-only texts from another ({@code shownText}): the curator's form and the head's reading
     * keep the markup the page had (label bound to the field, rows, length limit, error slot; «—» for an empty text).
     */
    @Test
    void thePersonalProgrammePageShowsEveryTextFieldForTheCuratorAndEveryTextForTheHead() throws Exception {
        LocalDate start = LocalDate.of(programmes.currentYear(), 9, 15);
        var view = personal.view(personal.readablePair(curator, teacherPair));
        if (view.id() == null) {
            personal.save(curator, teacherPair, view.version(), "Дисциплина", "Цель", "Задачи", start,
                    start.plusMonths(6));
        }
        String path = "/pairs/" + teacherPair + "/personal-programme";
        var edit = HttpSession.loggedIn(port, "curator.prog", "demo").get(path);
        assertThat(edit.statusCode()).isEqualTo(200);
        String form = main(edit.body());
        for (String[] f : new String[][] {{"difficulties", "4", "4000"}, {"goal", "2", "2000"}, {"tasks", "4", "4000"},
                {"selfAnalysis", "4", "4000"}, {"mentorReview", "4", "4000"}, {"curatorConclusion", "4", "4000"}}) {
            assertThat(form).containsPattern("<div class=\"mb-3\">\\s*<label for=\"" + f[0]
                    + "\" class=\"form-label fw-semibold\">[^<]+</label>\\s*<textarea class=\"form-control\" rows=\""
                    + f[1] + "\" maxlength=\"" + f[2] + "\" id=\"" + f[0] + "\" name=\"" + f[0]
                    + "\">[^<]*</textarea>\\s*</div>");
        }
        var read = HttpSession.loggedIn(port, "head.prog", "demo").get(path);
        assertThat(read.statusCode()).isEqualTo(200);
        String text = main(read.body());
        assertThat(text).containsPattern("<dt class=\"col-sm-3\">[^<]+</dt>\\s*<dd class=\"col-sm-9 preserve-lines\">"
                + "[^<]+</dd>").containsPattern("<dt>[^<]+</dt>\\s*<dd class=\"preserve-lines\">[^<]+</dd>")
                .doesNotContain("<textarea");
        // one dt and one dd a text: four in the main part, three in the results
        assertThat(text.split("<dt", -1)).hasSize(8);
        String dump = System.getProperty("personal.dump");
        if (dump != null) {
            java.nio.file.Files.writeString(java.nio.file.Path.of(dump + "-edit.html"), form);
            java.nio.file.Files.writeString(java.nio.file.Path.of(dump + "-read.html"), text);
        }
    }

    /** The page's main part with the session-bound values (CSRF token) blanked. */
    private static String main(String html) {
        String main = html.substring(html.indexOf("<main"), html.indexOf("</main>"));
        return main.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "name=\"_csrf\" value=\"\"");
    }

    private String status(long id) {
        return jdbc.queryForObject("select status from school_programme where id = ?", String.class, id);
    }

}
