package ru.edu.mentoring.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.edu.mentoring.pairing.FormCodes;
import ru.edu.mentoring.pairing.PairCommand;
import ru.edu.mentoring.pairing.PairingService;
import ru.edu.mentoring.people.ConsentGiver;
import ru.edu.mentoring.people.PeopleRegistry;
import ru.edu.mentoring.people.PersonKind;
import ru.edu.mentoring.people.RecordConsent;
import ru.edu.mentoring.people.SaveMenteeEntry;
import ru.edu.mentoring.people.SaveMentorEntry;
import ru.edu.mentoring.schools.SchoolForm;
import ru.edu.mentoring.schools.SchoolKind;
import ru.edu.mentoring.schools.Schools;
import ru.edu.mentoring.shared.AcademicYear;
import ru.edu.mentoring.support.Fixtures;
import ru.edu.mentoring.support.HttpSession;
import ru.edu.mentoring.support.IntegrationTest;
import ru.edu.mentoring.support.SqlCount;

/**
 * The quality page of a small municipality of the test's own, computed by hand: school A has 10 students, two pairs
 * (two students involved), two mentors of whom one trained, three meetings of one pair, the final one among them;
 * school B has 30 students, one pair, one trained mentor and three meetings. The municipality's figures are made from
 * the summed counts — coverage 3 / 40 = 7,5 % (not the mean of 20,0 % and 3,3 %), trained 2 / 3 = 66,7 % (not 75 %),
 * meetings per pair 6 / 3 = 2,0 (not 2,3) — and the page costs the same number of statements for three schools as
 * for two.
 */
class QualityPageTest extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Schools schools;

    @Autowired
    PeopleRegistry people;

    @Autowired
    PairingService pairing;

    @Autowired
    Quality quality;

    @Autowired
    ru.edu.mentoring.reports.Reports reports;

    long municipality;
    long schoolA;
    long schoolB;
    int year;
    LocalDate start;
    private int made;

    @BeforeEach
    void aSmallMunicipality() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        municipality = schools.createMunicipality("Городской округ Качество " + tag + " (тест)",
                "Свердловская область");
        LocalDate today = LocalDate.now();
        year = AcademicYear.of(today);
        LocalDate first = LocalDate.of(year, 9, 1);
        start = today.minusDays(1).isBefore(first) ? today : today.minusDays(1);
        schoolA = school("А " + tag, 10);
        schoolB = school("Б " + tag, 30);
        jdbc.update("insert into coverage_target (municipality_id, year, indicator, percent) values (?, ?, ?, 10)"
                + " on conflict do nothing", municipality, year, Coverage.STUDENT_COVERAGE);

        long a1 = pair(schoolA, true);
        long a2 = pair(schoolA, false);
        long b1 = pair(schoolB, true);
        meetings(a1, schoolA, "ACQUAINTANCE", "WORKING", "FINAL");
        meetings(b1, schoolB, "ACQUAINTANCE", "PLANNING", "WORKING");
        assertThat(a2).isPositive();
    }

    @Test
    void theMunicipalTotalIsMadeFromTheSummedCountsNotFromTheSchoolsShares() {
        Quality.Table t = quality.table(municipality, null, year);
        assertThat(t.rows()).hasSize(2);
        Quality.Row a = row(t, schoolA);
        Quality.Row b = row(t, schoolB);

        assertThat(text(t, a, "coverage.students")).isEqualTo("10");
        assertThat(text(t, a, "coverage.involved")).isEqualTo("2");
        assertThat(text(t, a, Quality.COVERAGE)).isEqualTo("20,0\u00a0%");
        assertThat(text(t, b, Quality.COVERAGE)).isEqualTo("3,3\u00a0%");
        assertThat(text(t, t.total(), "coverage.students")).isEqualTo("40");
        assertThat(text(t, t.total(), "coverage.involved")).isEqualTo("3");
        assertThat(text(t, t.total(), Quality.COVERAGE)).isEqualTo("7,5\u00a0%"); // not (20,0 + 3,3) / 2
        assertThat(cell(t, t.total(), Quality.COVERAGE).below()).isTrue(); // below the 10 % target

        assertThat(text(t, a, "training.mentors")).isEqualTo("2");
        assertThat(text(t, a, "training.trained")).isEqualTo("1");
        assertThat(text(t, a, "training.trainedShare")).isEqualTo("50,0\u00a0%");
        assertThat(text(t, b, "training.trainedShare")).isEqualTo("100,0\u00a0%");
        assertThat(text(t, t.total(), "training.mentors")).isEqualTo("3");
        assertThat(text(t, t.total(), "training.trained")).isEqualTo("2");
        assertThat(text(t, t.total(), "training.trainedShare")).isEqualTo("66,7\u00a0%"); // not 75,0 %

        assertThat(text(t, a, "meetings.pairs")).isEqualTo("2");
        assertThat(text(t, a, "meetings.perPair")).isEqualTo("1,5");
        assertThat(text(t, b, "meetings.perPair")).isEqualTo("3,0");
        assertThat(text(t, a, "meetings.completedWithFinal")).isEqualTo("1");
        assertThat(text(t, b, "meetings.completedWithFinal")).isEqualTo("0");
        assertThat(text(t, t.total(), "meetings.pairs")).isEqualTo("3");
        assertThat(text(t, t.total(), "meetings.perPair")).isEqualTo("2,0"); // not (1,5 + 3,0) / 2 = 2,3
        assertThat(text(t, t.total(), "meetings.completedWithFinal")).isEqualTo("1");

        // the page shows the same, the total in its footer
        HttpSession admin = HttpSession.loggedIn(port, "admin", "demo");
        HttpResponse<String> page = admin.get("/municipalities/" + municipality + "/quality");
        assertThat(page.statusCode()).isEqualTo(200);
        String total = page.body().substring(page.body().indexOf("data-testid=\"indicators-total\""));
        assertThat(total).contains("7,5\u00a0%").contains("66,7\u00a0%").contains("2,0");
        assertThat(page.body()).contains("Встреч на пару (среднее)").contains("Обученные наставники")
                .contains("Итого по муниципалитету");

        // a school's page has its own line only
        HttpResponse<String> school = admin.get("/schools/" + schoolB + "/quality");
        assertThat(school.statusCode()).isEqualTo(200);
        assertThat(school.body()).contains("3,0").doesNotContain("indicators-total");
    }

    @Test
    void theExportsCarryTheSameFigures() throws Exception {
        HttpSession admin = HttpSession.loggedIn(port, "admin", "demo");
        HttpResponse<byte[]> xlsx = admin.getBytes("/municipalities/" + municipality + "/quality.xlsx");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx.body()))) {
            var sheet = wb.getSheetAt(0);
            var last = sheet.getRow(sheet.getLastRowNum());
            assertThat(last.getCell(0).getStringCellValue()).isEqualTo("Итого по муниципалитету");
            assertThat(last.getCell(1).getNumericCellValue()).isEqualTo(40.0);
            assertThat(last.getCell(3).getNumericCellValue()).isEqualTo(0.075, org.assertj.core.data.Offset.offset(1e-9));
        }
        HttpResponse<byte[]> pdf = admin.getBytes("/municipalities/" + municipality + "/quality.pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        String text;
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
            text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("[\\s\\u00a0]+", " ");
        }
        assertThat(text).contains("Итого по муниципалитету 40 3 7,5 % 3 2 66,7 % 3 2,0 1");
    }

    @Test
    void thePageDoesNotSendAStatementPerSchool() {
        HttpSession admin = HttpSession.loggedIn(port, "admin", "demo");
        String path = "/municipalities/" + municipality + "/quality";
        admin.get(path);
        var two = SqlCount.fewest(3, () -> admin.get(path));
        assertThat(two.result().statusCode()).isEqualTo(200);
        long c = school("В " + UUID.randomUUID().toString().substring(0, 6), 20);
        pair(c, true);
        admin.get(path);
        var three = SqlCount.fewest(3, () -> admin.get(path));
        assertThat(three.result().statusCode()).isEqualTo(200);
        assertThat(three.result().body()).contains("data-school=\"" + c + "\"");
        System.out.println("quality page: " + two.statements() + " SQL statements for 2 schools, "
                + three.statements() + " for 3");
        assertThat(three.statements()).isEqualTo(two.statements());
        assertThat(three.statements()).isLessThanOrEqualTo(40);
    }

    @Test
    void theAnnualReportIsPrefilledWithTheSchoolsTrainingAndMeetingsFigures() {
        var figures = reports.figures(schools.summariesOf(List.of(schoolA)).get(0), year);
        java.util.Map<String, String> byCode = new java.util.HashMap<>();
        figures.quality().forEach(q -> byCode.put(q.code(), q.text()));
        assertThat(byCode).containsEntry("training.trained", "1").containsEntry("training.trainedShare",
                "50,0\u00a0%").containsEntry("meetings.pairs", "2").containsEntry("meetings.perPair", "1,5")
                .containsEntry("meetings.completedWithFinal", "1");
        // the report shows its own coverage: the coverage provider is not repeated
        assertThat(byCode.keySet()).noneMatch(code -> code.startsWith("coverage."));
        assertThat(figures.quality()).allMatch(q -> q.headerKey().startsWith("indicators.col."));
    }

    // --- the small municipality ------------------------------------------------------------------------------

    private long school(String name, int students) {
        long id = schools.createSchool(municipality, new SchoolForm("Муниципальное общеобразовательное учреждение «"
                + name + "»", "СОШ " + name, SchoolKind.GENERAL, null, null, null));
        jdbc.update("insert into student_count (school_id, year, students) values (?, ?, ?)", id, year, students);
        return id;
    }

    /** A running pair «учитель – ученик» of the school: its mentor trained or not. */
    private long pair(long school, boolean trained) {
        made++;
        long teacher = people.create(school, PersonKind.TEACHER, Fixtures.person("Качествова" + letter(), "Мария",
                "Ивановна", null));
        Fixtures.ownConsent(people, teacher);
        long student = people.create(school, PersonKind.STUDENT, Fixtures.person("Оценкина" + letter(), "Дарья",
                "Сергеевна", 6));
        people.recordConsent(student, new RecordConsent(start.minusDays(10), ConsentGiver.REPRESENTATIVE,
                "Оценкина Ольга Петровна", "2026-1"));
        people.putInMentorBase(teacher, new SaveMentorEntry("Математика", 3, start.minusDays(20), "Курс"));
        people.putInMenteeBase(student, new SaveMenteeEntry("Математика", null));
        if (trained) {
            jdbc.update("insert into mentor_course (school_id, person_id, title, hours, end_date, doc_type) values"
                    + " (?, ?, 'Школа наставников', 36, ?, 'CERTIFICATE')", school, teacher, start.minusDays(5));
        }
        return pairing.register(school, SchoolKind.GENERAL, new PairCommand(pairing.formId(
                FormCodes.TEACHER_STUDENT).orElseThrow(), null, teacher, Set.of(student), null, start,
                start.plusMonths(6), "Успеваемость"), true);
    }

    private void meetings(long pair, long school, String... types) {
        for (String type : types) {
            jdbc.update("insert into meeting (pair_id, school_id, type, starts_at, duration_min, format) values"
                    + " (?, ?, ?, ? + time '15:00', 45, 'IN_PERSON')", pair, school, type, start);
        }
    }

    private String letter() {
        String digits = Long.toString(System.nanoTime() % 1_000_000_000L) + made;
        StringBuilder sb = new StringBuilder();
        for (char ch : digits.toCharArray()) {
            sb.append("абвгдежзик".charAt(ch - '0'));
        }
        return sb.toString();
    }

    private static Quality.Row row(Quality.Table t, long school) {
        return t.rows().stream().filter(r -> r.schoolId() == school).findFirst().orElseThrow();
    }

    private static Quality.Cell cell(Quality.Table t, Quality.Row r, String code) {
        List<String> codes = t.headers().stream().map(Quality.Header::code).toList();
        assertThat(codes).contains(code);
        return r.cells().get(codes.indexOf(code));
    }

    private static String text(Quality.Table t, Quality.Row r, String code) {
        Quality.Cell c = cell(t, r, code);
        assertThat(c.missingKey()).as(code).isNull();
        return c.text();
    }
}
