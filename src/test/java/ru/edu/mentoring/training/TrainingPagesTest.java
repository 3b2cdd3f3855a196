package ru.edu.mentoring.training;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.edu.mentoring.support.HttpSession.enc;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import ru.edu.mentoring.people.PeopleRegistry;
import ru.edu.mentoring.people.PersonAnonymised;
import ru.edu.mentoring.people.PersonKind;
import ru.edu.mentoring.support.Fixtures;
import ru.edu.mentoring.support.HttpSession;
import ru.edu.mentoring.support.IntegrationTest;

/**
 * The training pages by HTTP as the school's curator: a candidate taken from заявка to в базе by the pages' POSTs (the
 * refused steps answer with a Russian notice and change nothing), a stale save answers 409, a course's file passes the
 * register's checks, the school's matrix and its XLSX show the trained mentor, anonymisation clears the questionnaire.
 */
class TrainingPagesTest extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PeopleRegistry registry;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    private long teacher(long school, String surname) {
        long id = registry.create(school, PersonKind.TEACHER, Fixtures.person(surname, "Лидия", "Петровна", null));
        Fixtures.ownConsent(registry, id);
        return id;
    }

    private static String location(HttpResponse<String> r) {
        assertThat(r.statusCode()).as("a redirect after the POST").isEqualTo(302);
        return r.headers().firstValue("Location").orElseThrow();
    }

    /** Posts and opens the page it redirects to (so that its notice is shown and gone, not queued for later). */
    private static String follow(HttpSession session, String path, String body) {
        return session.get(location(session.post(path, body))).body();
    }

    private String status(long candidate) {
        return jdbc.queryForObject("select status from mentor_candidate where id = ?", String.class, candidate);
    }

    private long version(long candidate) {
        return jdbc.queryForObject("select version from mentor_candidate where id = ?", Long.class, candidate);
    }

    @Test
    void theCuratorTakesACandidateFromTheApplicationIntoTheMentorBase() {
        long school = Fixtures.school1(jdbc);
        long person = teacher(school, "Кандидатова");
        HttpSession curator = HttpSession.loggedIn(port, "curator1", "demo");
        String form = curator.get("/schools/" + school + "/candidates/new").body();
        assertThat(form).contains("Анкета кандидата в наставники", "Кандидатова");
        String token = HttpSession.csrf(form);
        String created = location(curator.post("/schools/" + school + "/candidates", "_csrf=" + enc(token)
                + "&applicant=" + person + "&motivation=" + enc("Хочу помогать молодым коллегам")
                + "&availability=" + enc("Среда после уроков")));
        long candidate = Long.parseLong(created.substring(created.lastIndexOf('/') + 1));
        assertThat(status(candidate)).isEqualTo("APPLIED");
        assertThat(curator.get("/candidates/" + candidate).body()).contains("Хочу помогать молодым коллегам",
                "заявка");

        // обучение before the interview: refused in Russian, nothing changes
        assertThat(follow(curator, "/candidates/" + candidate + "/training", "_csrf=" + enc(token) + "&version="
                + version(candidate))).contains("На обучение направляют после собеседования");
        assertThat(status(candidate)).isEqualTo("APPLIED");

        assertThat(follow(curator, "/candidates/" + candidate + "/interview", "_csrf=" + enc(token) + "&version="
                + version(candidate) + "&interviewDate=" + LocalDate.now() + "&interviewer=" + enc("Иванова А. П.")
                + "&interviewResult=RECOMMENDED&interviewComment=" + enc("Готова"))).contains("Собеседование сохранено");
        assertThat(status(candidate)).isEqualTo("INTERVIEW");
        assertThat(follow(curator, "/candidates/" + candidate + "/training", "_csrf=" + enc(token) + "&version="
                + version(candidate))).contains("Кандидат направлен на обучение");
        assertThat(status(candidate)).isEqualTo("TRAINING");

        // в базе only when trained
        assertThat(follow(curator, "/candidates/" + candidate + "/base", "_csrf=" + enc(token) + "&version="
                + version(candidate))).contains("В базу наставников включают обученного");
        assertThat(status(candidate)).isEqualTo("TRAINING");
        assertThat(jdbc.queryForObject("select count(*) from mentor_profile where person_id = ?", Integer.class,
                person)).isZero();

        assertThat(follow(curator, "/people/" + person + "/courses", "_csrf=" + enc(token) + "&title="
                + enc("«Наставник в образовательной организации»") + "&provider=" + enc("ИМЦ") + "&hours=36"
                + "&endDate=" + LocalDate.now() + "&docType=PK_CERTIFICATE&docNumber=" + enc("662400012345")))
                .contains("Обучение добавлено");
        assertThat(follow(curator, "/candidates/" + candidate + "/base", "_csrf=" + enc(token) + "&version="
                + version(candidate))).contains("Кандидат включён в базу наставников");
        assertThat(status(candidate)).isEqualTo("IN_BASE");
        assertThat(jdbc.queryForObject("select in_base from mentor_profile where person_id = ?", Boolean.class,
                person)).isTrue();
        // a decided candidate is final; every step is audited
        assertThat(follow(curator, "/candidates/" + candidate + "/refuse", "_csrf=" + enc(token) + "&version="
                + version(candidate) + "&reason=" + enc("поздно"))).contains("Решение по кандидату уже принято");
        assertThat(status(candidate)).isEqualTo("IN_BASE");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where entity = 'MentorCandidate' and"
                + " entity_id = ?", Integer.class, String.valueOf(candidate))).isGreaterThanOrEqualTo(4);

        // the school's matrix shows the new mentor trained, with the course's hours; so does its XLSX
        String matrix = curator.get("/schools/" + school + "/training").body();
        assertThat(matrix).contains("data-person=\"" + person + "\"");
        String row = matrix.substring(matrix.indexOf("data-person=\"" + person + "\""));
        row = row.substring(0, row.indexOf("</tr>"));
        assertThat(row).contains(">да<", ">36<");
        HttpResponse<byte[]> xlsx = curator.getBytes("/schools/" + school + "/training.xlsx");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        String name = jdbc.queryForObject("select last_name from person where id = ?", String.class, person);
        assertThat(xlsxRow(xlsx.body(), name)).contains("да", "36");
    }

    private static List<String> xlsxRow(byte[] bytes, String name) {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = book.getSheetAt(0);
            DataFormatter f = new DataFormatter();
            for (Row r : sheet) {
                if (f.formatCellValue(r.getCell(0)).startsWith(name)) {
                    List<String> cells = new java.util.ArrayList<>();
                    r.forEach(c -> cells.add(f.formatCellValue(c)));
                    return cells;
                }
            }
            throw new AssertionError("no row for " + name);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aStaleSaveAnswers409WithTheFormAndARefusalNeedsItsReason() {
        long school = Fixtures.school1(jdbc);
        long person = teacher(school, "Устаревшая");
        HttpSession curator = HttpSession.loggedIn(port, "curator1", "demo");
        String token = HttpSession.csrf(curator.get("/schools/" + school + "/candidates/new").body());
        String created = location(curator.post("/schools/" + school + "/candidates", "_csrf=" + enc(token)
                + "&applicant=" + person + "&motivation=" + enc("Первая редакция")));
        assertThat(curator.get(created).body()).contains("Заявка кандидата сохранена");
        long candidate = Long.parseLong(created.substring(created.lastIndexOf('/') + 1));
        assertThat(follow(curator, "/candidates/" + candidate, "_csrf=" + enc(token) + "&version=" + version(candidate)
                + "&motivation=" + enc("Вторая редакция"))).contains("Анкета сохранена");
        HttpResponse<String> stale = curator.post("/candidates/" + candidate, "_csrf=" + enc(token)
                + "&version=0&motivation=" + enc("Третья редакция"));
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body()).contains("Третья редакция", "data-testid=\"conflict\"");
        assertThat(jdbc.queryForObject("select motivation from mentor_candidate where id = ?", String.class,
                candidate)).isEqualTo("Вторая редакция");

        assertThat(follow(curator, "/candidates/" + candidate + "/refuse", "_csrf=" + enc(token) + "&version="
                + version(candidate) + "&reason=" + enc("  "))).contains("Укажите причину отказа");
        assertThat(status(candidate)).isEqualTo("APPLIED");
        location(curator.post("/candidates/" + candidate + "/refuse", "_csrf=" + enc(token) + "&version="
                + version(candidate) + "&reason=" + enc("Не прошёл отбор")));
        assertThat(status(candidate)).isEqualTo("REFUSED");

        // the head reads the candidate but changes nothing
        HttpSession head = HttpSession.loggedIn(port, "head1", "demo");
        assertThat(head.get("/candidates/" + candidate).body()).contains("Не прошёл отбор")
                .doesNotContain("/candidates/" + candidate + "/refuse");
        // a person of another school cannot be put forward (forged id)
        long other = teacher(Fixtures.school2(jdbc), "Чужая");
        HttpResponse<String> forged = curator.post("/schools/" + school + "/candidates", "_csrf=" + enc(token)
                + "&applicant=" + other);
        assertThat(forged.statusCode()).isEqualTo(200);
        assertThat(forged.body()).contains("Этого человека нельзя выдвинуть");
        assertThat(jdbc.queryForObject("select count(*) from mentor_candidate where person_id = ?", Integer.class,
                other)).isZero();
    }

    @Test
    void aCoursesFileGoesThroughTheRegistersChecks() {
        long school = Fixtures.school1(jdbc);
        long person = teacher(school, "Файлова");
        HttpSession curator = HttpSession.loggedIn(port, "curator1", "demo");
        String token = HttpSession.csrf(curator.get("/people/" + person + "/training").body());
        Map<String, String> fields = Map.of("_csrf", token, "title", "Курс с файлом", "hours", "16",
                "endDate", LocalDate.now().toString(), "docType", "CERTIFICATE");
        // a «PDF» that is not one: refused, no course
        String refused = curator.get(location(curator.postMultipart("/people/" + person + "/courses", fields, "file",
                "certificate.pdf", "not a pdf".getBytes()))).body();
        assertThat(refused).contains("Записей об обучении нет").containsPattern("alert-danger[^>]*>[^<]*[А-Яа-я]");
        assertThat(jdbc.queryForObject("select count(*) from mentor_course where person_id = ?", Integer.class,
                person)).isZero();
        // a PNG: the course and the file, filed unpublished in the school's register
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
        location(curator.postMultipart("/people/" + person + "/courses", fields, "file", "certificate.png", png));
        Map<String, Object> course = jdbc.queryForMap("select document_id, hours from mentor_course where person_id = ?",
                person);
        assertThat(course.get("hours")).isEqualTo(16);
        assertThat(jdbc.queryForObject("select published from school_document where id = ?", Boolean.class,
                course.get("document_id"))).isFalse();
        assertThat(curator.get("/people/" + person + "/training").body()).contains("Курс с файлом",
                "/documents/" + course.get("document_id") + "/file");
    }

    @Test
    void anonymisationClearsTheQuestionnaire() {
        long school = Fixtures.school1(jdbc);
        long person = teacher(school, "Анонимова");
        long candidate = transactions.execute(tx -> {
            long id = jdbc.queryForObject("insert into mentor_candidate (school_id, person_id, status, applied_on,"
                    + " motivation, interview_comment) values (?, ?, 'APPLIED', current_date, 'Я, Анонимова Лидия,"
                    + " хочу', 'Анонимова готова') returning id", Long.class, school, person);
            events.publishEvent(new PersonAnonymised(person, school, List.of("Анонимова Лидия", "Анонимова"),
                    "Участник-1"));
            return id;
        });
        Map<String, Object> row = jdbc.queryForMap("select motivation, interview_comment from mentor_candidate"
                + " where id = ?", candidate);
        assertThat(row.get("motivation")).isNull();
        assertThat(row.get("interview_comment")).isNull();
    }
}
