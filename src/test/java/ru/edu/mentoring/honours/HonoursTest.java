package ru.edu.mentoring.honours;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.edu.mentoring.support.HttpSession.enc;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import ru.edu.mentoring.accounts.Accounts;
import ru.edu.mentoring.pairing.PairingService;
import ru.edu.mentoring.people.PeopleRegistry;
import ru.edu.mentoring.people.PersonAnonymised;
import ru.edu.mentoring.schools.Schools;
import ru.edu.mentoring.shared.AcademicYear;
import ru.edu.mentoring.support.HttpSession;
import ru.edu.mentoring.support.IntegrationTest;
import ru.edu.mentoring.support.OwnMunicipality;

/**
 * Honours by HTTP against the real server, in two schools of the tests' own municipality: a school nominates only
 * mentors of its own base; the department approves, returns with a comment or refuses through the approval workflow
 * (history, notifications, stale versions); only an approved nomination has its PDF; a curator of another school sees
 * nothing of it; the list filters and exports; the mentor's record shows honours, training and years of mentoring.
 */
class HonoursTest extends IntegrationTest {

    @LocalServerPort
    int port;

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
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    HonoursWorld world;

    @BeforeEach
    void world() {
        world = HonoursWorld.create(schools, accounts, people);
    }

    private HttpSession as(String username) {
        return HttpSession.loggedIn(port, username, "demo");
    }

    private static String token(HttpSession session) {
        return HttpSession.csrf(session.get("/nominations").body());
    }

    private String nominationBody(HttpSession session, long person, String kind, String wording) {
        return "_csrf=" + enc(token(session)) + "&mentor=" + person + "&kind=" + kind + "&year=2026&wording="
                + enc(wording) + "&justification=" + enc("Три года ведёт молодых педагогов;\nоба аттестованы.");
    }

    /** Nominates as the user; the id of the new nomination, which the POST redirects to. */
    private long nominate(HttpSession session, long school, long person, String wording) {
        HttpResponse<String> r = session.post("/schools/" + school + "/nominations",
                nominationBody(session, person, "GRAMOTA", wording));
        assertThat(r.statusCode()).as("redirect to the new nomination").isEqualTo(302);
        String location = r.headers().firstValue("Location").orElseThrow();
        session.get(location);
        return Long.parseLong(location.replaceAll(".*/nominations/", ""));
    }

    private HttpResponse<String> decide(HttpSession session, long id, String action, String comment) {
        return session.post("/nominations/" + id + "/" + action, "_csrf=" + enc(token(session)) + "&version="
                + version(id) + "&comment=" + enc(comment));
    }

    private long version(long id) {
        return jdbc.queryForObject("select version from honour_nomination where id = ?", Long.class, id);
    }

    private String status(long id) {
        return jdbc.queryForObject("select status from honour_nomination where id = ?", String.class, id);
    }

    private long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    private String fullName(long person) {
        return jdbc.queryForObject("select last_name || ' ' || first_name || ' ' || middle_name from person"
                + " where id = ?", String.class, person);
    }

    @Test
    void aCuratorNominatesOnlyTheMentorsOfTheOwnSchoolsBase() {
        long foreignMentor = world.mentor(world.schoolB, "Чужакова");
        long notInBase = world.teacher(world.schoolA, "Безбазова");
        HttpSession curator = as(world.curatorA);
        long before = count("select count(*) from honour_nomination where school_id in (?, ?)", world.schoolA,
                world.schoolB);

        HttpResponse<String> foreignPerson = curator.post("/schools/" + world.schoolA + "/nominations",
                nominationBody(curator, foreignMentor, "GRAMOTA", "за успехи"));
        assertThat(foreignPerson.statusCode()).as("the form comes back with its notice").isEqualTo(200);
        assertThat(foreignPerson.body()).contains("не входит в базу наставников организации");
        HttpResponse<String> outsideBase = curator.post("/schools/" + world.schoolA + "/nominations",
                nominationBody(curator, notInBase, "GRAMOTA", "за успехи"));
        assertThat(outsideBase.body()).contains("не входит в базу наставников организации");
        assertThat(curator.post("/schools/" + world.schoolB + "/nominations",
                nominationBody(curator, foreignMentor, "GRAMOTA", "за успехи")).statusCode())
                .as("another school is out of the curator's reach").isEqualTo(404);
        assertThat(curator.get("/schools/" + world.schoolB + "/nominations/new").statusCode()).isEqualTo(404);
        assertThat(count("select count(*) from honour_nomination where school_id in (?, ?)", world.schoolA,
                world.schoolB)).as("nothing was nominated").isEqualTo(before);

        HttpResponse<String> department = as(OwnMunicipality.DEPARTMENT).post("/schools/" + world.schoolA
                + "/nominations", nominationBody(as(OwnMunicipality.DEPARTMENT), foreignMentor, "GRAMOTA", "x"));
        assertThat(department.statusCode()).as("the department decides, it does not nominate").isEqualTo(403);
    }

    @Test
    void theHeadNominatesTooAndATwinIsRefused() {
        long mentor = world.mentor(world.schoolA, "Руководимая");
        HttpSession head = as(world.headA);
        long id = nominate(head, world.schoolA, mentor, "за вклад в наставничество");
        assertThat(status(id)).isEqualTo("SUBMITTED");
        HttpResponse<String> twin = head.post("/schools/" + world.schoolA + "/nominations",
                nominationBody(head, mentor, "GRAMOTA", "ещё раз"));
        assertThat(twin.statusCode()).isEqualTo(200);
        assertThat(twin.body()).contains("уже выдвинут к такой награде за этот год");
    }

    @Test
    void theDepartmentReturnsTheSchoolCorrectsTheDepartmentApprovesAndTheCertificatePrints() throws Exception {
        long mentor = world.mentor(world.schoolA, "Награждаемая");
        String name = fullName(mentor);
        HttpSession curator = as(world.curatorA);
        HttpSession department = as(OwnMunicipality.DEPARTMENT);
        long id = nominate(curator, world.schoolA, mentor, "за высокий профессионализм в наставничестве");
        assertThat(status(id)).isEqualTo("SUBMITTED");
        assertThat(count("select count(*) from notification where kind = 'NOMINATION_SUBMITTED' and link = ?",
                "/nominations/" + id)).as("the department hears of it").isPositive();
        assertThat(curator.getBytes("/nominations/" + id + "/document.pdf").statusCode())
                .as("a pending nomination has no certificate").isEqualTo(404);

        HttpResponse<String> noComment = decide(department, id, "return", "");
        assertThat(noComment.statusCode()).isEqualTo(200);
        assertThat(noComment.body()).contains("Укажите в комментарии, что нужно исправить.");
        assertThat(status(id)).isEqualTo("SUBMITTED");
        HttpResponse<String> stale = department.post("/nominations/" + id + "/approve", "_csrf="
                + enc(token(department)) + "&version=" + (version(id) + 7) + "&comment=");
        assertThat(stale.statusCode()).as("a stale version is refused").isEqualTo(409);
        assertThat(status(id)).isEqualTo("SUBMITTED");

        assertThat(decide(department, id, "return", "Добавьте результаты наставляемых").statusCode()).isEqualTo(302);
        assertThat(status(id)).isEqualTo("RETURNED");
        assertThat(count("select count(*) from notification where kind = 'NOMINATION_RETURNED' and link = ?",
                "/nominations/" + id)).as("the school hears of it").isPositive();
        assertThat(curator.getBytes("/nominations/" + id + "/document.pdf").statusCode()).isEqualTo(404);
        assertThat(curator.get("/nominations/" + id).body()).contains("Добавьте результаты наставляемых");

        String edit = curator.get("/nominations/" + id + "/edit").body();
        HttpResponse<String> corrected = curator.post("/nominations/" + id, "_csrf=" + enc(HttpSession.csrf(edit))
                + "&version=" + version(id) + "&mentor=" + mentor + "&kind=GRATITUDE&year=2026&wording="
                + enc("за успехи наставляемых") + "&justification=" + enc("Наставляемые — призёры олимпиады."));
        assertThat(corrected.statusCode()).isEqualTo(302);
        assertThat(status(id)).isEqualTo("SUBMITTED");

        assertThat(decide(department, id, "approve", "").statusCode()).isEqualTo(302);
        assertThat(status(id)).isEqualTo("APPROVED");
        assertThat(count("select count(*) from approval_transition where subject_kind = 'NOMINATION'"
                + " and subject_id = ?", id)).as("every step is kept: submitted, returned, submitted, approved").isEqualTo(4);
        assertThat(decide(department, id, "refuse", "поздно").body())
                .contains("Решение принимается только по представлению, которое находится на рассмотрении.");

        HttpResponse<byte[]> pdf = curator.getBytes("/nominations/" + id + "/document.pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        try (PDDocument doc = Loader.loadPDF(pdf.body())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            var box = doc.getPage(0).getMediaBox();
            assertThat(box.getWidth()).as("A4 landscape").isGreaterThan(box.getHeight());
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("БЛАГОДАРНОСТЬ", name, "за успехи наставляемых", "Средняя школа № 81",
                    "Управление образования администрации " + OwnMunicipality.NAME,
                    "Дата: " + LocalDate.now().format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")));
        }

        String record = curator.get("/people/" + mentor + "/record").body();
        assertThat(record).contains("Благодарность управления образования", "за успехи наставляемых");
    }

    @Test
    void aRefusedNominationIsFinalAndHasNoCertificate() {
        long mentor = world.mentor(world.schoolA, "Отклонённая");
        HttpSession curator = as(world.curatorA);
        HttpSession department = as(OwnMunicipality.DEPARTMENT);
        long id = nominate(curator, world.schoolA, mentor, "за участие");
        assertThat(decide(department, id, "refuse", " ").body()).contains("Укажите в комментарии причину отказа.");
        assertThat(status(id)).isEqualTo("SUBMITTED");
        assertThat(decide(department, id, "refuse", "Стаж меньше года").statusCode()).isEqualTo(302);
        assertThat(status(id)).isEqualTo("REFUSED");
        assertThat(count("select count(*) from notification where kind = 'NOMINATION_REFUSED' and link = ?",
                "/nominations/" + id)).isPositive();
        assertThat(curator.getBytes("/nominations/" + id + "/document.pdf").statusCode()).isEqualTo(404);
        assertThat(department.getBytes("/nominations/" + id + "/document.pdf").statusCode()).isEqualTo(404);
        assertThat(curator.get("/nominations/" + id + "/edit").statusCode()).isEqualTo(200);
        HttpResponse<String> again = curator.post("/nominations/" + id, "_csrf=" + enc(token(curator))
                + "&version=" + version(id) + "&mentor=" + mentor + "&kind=GRAMOTA&year=2026&wording=x"
                + "&justification=y");
        assertThat(again.body()).contains("Исправлять можно только представление, возвращённое на доработку.");
        assertThat(status(id)).isEqualTo("REFUSED");
        assertThat(curator.get("/people/" + mentor + "/record").body()).as("no honour on the record")
                .contains("Наград и результатов конкурсов пока нет.");
    }

    @Test
    void aCuratorOfAnotherSchoolSeesNothingOfIt() throws Exception {
        long mentor = world.mentor(world.schoolA, "Скрытная");
        String name = fullName(mentor);
        long id = nominate(as(world.curatorA), world.schoolA, mentor, "за скрытые таланты");
        decide(as(OwnMunicipality.DEPARTMENT), id, "approve", "");
        assertThat(status(id)).isEqualTo("APPROVED");

        HttpSession other = as(world.curatorB);
        assertThat(other.get("/nominations/" + id).statusCode()).isEqualTo(404);
        assertThat(other.getBytes("/nominations/" + id + "/document.pdf").statusCode()).isEqualTo(404);
        assertThat(other.get("/nominations/" + id + "/edit").statusCode()).isEqualTo(404);
        assertThat(other.get("/people/" + mentor + "/record").statusCode()).isEqualTo(404);
        assertThat(other.get("/nominations").body()).doesNotContain(name, "за скрытые таланты");
        assertThat(other.get("/nominations?school=" + world.schoolA).body()).doesNotContain(name);
        HttpResponse<byte[]> xlsx = other.getBytes("/nominations.xlsx");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(cells(xlsx.body())).doesNotContain(name);
        assertThat(decide(other, id, "refuse", "чужое").statusCode()).isEqualTo(404);
        assertThat(status(id)).isEqualTo("APPROVED");
    }

    @Test
    void theDepartmentsListFiltersAndExports() throws Exception {
        long m1 = world.mentor(world.schoolA, "Фильтрова");
        long m2 = world.mentor(world.schoolB, "Выгрузкина");
        long a = nominate(as(world.curatorA), world.schoolA, m1, "за первое");
        nominate(as(world.curatorB), world.schoolB, m2, "за второе");
        HttpSession department = as(OwnMunicipality.DEPARTMENT);
        decide(department, a, "approve", "");
        String all = department.get("/nominations").body();
        assertThat(all).contains(fullName(m1), fullName(m2));
        String approved = department.get("/nominations?status=APPROVED&school=" + world.schoolA + "&year=2026"
                + "&kind=GRAMOTA").body();
        assertThat(approved).contains(fullName(m1)).doesNotContain(fullName(m2));
        assertThat(department.get("/nominations?status=SUBMITTED&school=" + world.schoolA).body())
                .doesNotContain(fullName(m1));
        assertThat(department.get("/nominations?status=%00&year=abc&kind=NOPE").statusCode())
                .as("a filter value nobody offers is no 500").isLessThan(500);
        HttpResponse<byte[]> xlsx = department.getBytes("/nominations.xlsx?school=" + world.schoolB);
        assertThat(xlsx.statusCode()).isEqualTo(200);
        String cells = cells(xlsx.body());
        assertThat(cells).contains(fullName(m2), "за второе", "На рассмотрении").doesNotContain(fullName(m1));
    }

    @Test
    void theRecordShowsTrainingAndTheYearsOfMentoring() {
        long mentor = world.mentor(world.schoolA, "Стажёва");
        LocalDate today = LocalDate.now();
        world.pair(pairing, world.schoolA, mentor, today, 20);
        jdbc.update("insert into mentor_course (school_id, person_id, title, hours, end_date, doc_type) values"
                + " (?, ?, 'Школа наставников — курс', 16, current_date, 'CERTIFICATE')", world.schoolA, mentor);
        String record = as(world.curatorA).get("/people/" + mentor + "/record").body();
        assertThat(record).contains("Годы наставничества", AcademicYear.label(AcademicYear.of(today.minusDays(20))),
                "Школа наставников — курс", "Обучен как наставник.");
        assertThat(as(OwnMunicipality.DEPARTMENT).get("/people/" + mentor + "/record").statusCode()).isEqualTo(200);
    }

    @Test
    void anonymisationReplacesTheNameInTheJustification() {
        long mentor = world.mentor(world.schoolA, "Забываемая");
        String surname = jdbc.queryForObject("select last_name from person where id = ?", String.class, mentor);
        HttpSession curator = as(world.curatorA);
        HttpResponse<String> r = curator.post("/schools/" + world.schoolA + "/nominations", "_csrf="
                + enc(token(curator)) + "&mentor=" + mentor + "&kind=GRAMOTA&year=2026&wording=" + enc("за труд")
                + "&justification=" + enc("Педагог " + surname + " ведёт трёх наставляемых."));
        assertThat(r.statusCode()).isEqualTo(302);
        transactions.executeWithoutResult(tx -> events.publishEvent(new PersonAnonymised(mentor, world.schoolA,
                java.util.List.of(surname), "Участник-" + mentor)));
        assertThat(count("select count(*) from honour_nomination where person_id = ? and justification like ?",
                mentor, "%" + surname + "%")).isZero();
        assertThat(count("select count(*) from honour_nomination where person_id = ? and justification like ?",
                mentor, "%Участник-" + mentor + "%")).isEqualTo(1);
    }

    private static String cells(byte[] xlsx) throws Exception {
        StringBuilder sb = new StringBuilder();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            DataFormatter f = new DataFormatter();
            for (Row row : wb.getSheetAt(0)) {
                row.forEach(c -> sb.append(f.formatCellValue(c)).append('|'));
                sb.append('\n');
            }
        }
        return sb.toString();
    }
}
