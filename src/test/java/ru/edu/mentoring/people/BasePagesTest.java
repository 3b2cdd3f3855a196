package ru.edu.mentoring.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.edu.mentoring.accounts.Accounts;
import ru.edu.mentoring.pairing.FormCodes;
import ru.edu.mentoring.pairing.PairingService;
import ru.edu.mentoring.schools.Schools;
import ru.edu.mentoring.support.Fixtures;
import ru.edu.mentoring.support.HttpSession;
import ru.edu.mentoring.support.IntegrationTest;
import ru.edu.mentoring.support.OwnMunicipality;

/**
 * The mentor and mentee bases of a school of its own: a mentor (capacity 3) with two mentees in an active group, a
 * third mentee without a mentor; the mentor base shows places used and free, the mentee base searches and filters.
 */
class BasePagesTest extends IntegrationTest {

    static final String SCHOOL = "МБОУ СОШ № 78 (базы)";

    @LocalServerPort
    int port;

    /** Publishes what the pairing module would for the pairs these tests write by SQL. */
    @Autowired
    org.springframework.context.ApplicationEventPublisher events;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Schools schools;

    @Autowired
    Accounts accounts;

    @Autowired
    PeopleRegistry registry;

    @Autowired
    PairingService pairing;

    long school;
    long mentor;
    long boiko;
    long guseva;
    long drozdov;

    @BeforeEach
    void aSchoolWithBases() {
        synchronized (BasePagesTest.class) {
            Long id = OwnMunicipality.newSchool(schools, accounts, jdbc, SCHOOL, "Муниципальное бюджетное"
                    + " общеобразовательное учреждение «Средняя общеобразовательная школа № 78»");
            if (id != null) {
                long form = pairing.formId(FormCodes.STUDENT_STUDENT).orElseThrow();
                long a = registry.create(id, PersonKind.STUDENT, Fixtures.person("Андреев", "Пётр", null, 10));
                long b1 = registry.create(id, PersonKind.STUDENT, Fixtures.person("Бойко", "Анна", null, 5));
                long b2 = registry.create(id, PersonKind.STUDENT, Fixtures.person("Гусева", "Мария", null, 6));
                long b3 = registry.create(id, PersonKind.STUDENT, Fixtures.person("Дроздов", "Олег", null, 6));
                jdbc.update("insert into mentor_profile (person_id, school_id, capacity, included_on) values (?, ?, 3,"
                        + " current_date)", a, id);
                jdbc.update("insert into mentee_profile (person_id, school_id, request, wanted_form_id, included_on)"
                        + " values (?, ?, 'Учёба по математике', ?, current_date), (?, ?, '  учёба   по МАТЕМАТИКЕ ',"
                        + " null, current_date), (?, ?, 'Адаптация в коллективе', null, current_date)",
                        b1, id, form, b2, id, b3, id);
                long group = jdbc.queryForObject("insert into mentoring_pair (school_id, form_id, mentor_id,"
                        + " start_date, planned_end, goal, status) values (?, ?, ?, current_date, current_date + 200,"
                        + " 'Учёба', 'ACTIVE') returning id", Long.class, id, form, a);
                jdbc.update("insert into pair_mentee (pair_id, person_id) values (?, ?), (?, ?)", group, b1, group,
                        b2);
                events.publishEvent(new ru.edu.mentoring.pairing.PairChanged(id, group, false, java.util.Set.of()));
            }
            school = jdbc.queryForObject("select id from school where short_name = ?", Long.class, SCHOOL);
            mentor = person("Андреев");
            boiko = person("Бойко");
            guseva = person("Гусева");
            drozdov = person("Дроздов");
        }
    }

    long person(String lastName) {
        return jdbc.queryForObject("select id from person where school_id = ? and last_name = ?", Long.class, school,
                lastName);
    }

    HttpSession department() {
        return HttpSession.loggedIn(port, OwnMunicipality.DEPARTMENT, "demo");
    }

    @Test
    void mentorBaseShowsPlacesUsedAndFree() {
        String html = department().get("/schools/" + school + "/mentors").body();
        assertThat(html).contains("Занято").contains("Свободно");
        int row = html.indexOf("href=\"/people/" + mentor + "\"");
        assertThat(row).isPositive();
        String tr = html.substring(row, html.indexOf("</tr>", row));
        assertThat(tr).containsPattern("data-col=\"used\">2<").containsPattern("data-col=\"free\">1<");
    }

    @Test
    void menteeBaseSearchesByNameAndFiltersByClassFormAndMentor() {
        HttpSession session = department();
        String all = session.get("/schools/" + school + "/mentees").body();
        assertThat(all).contains(link(boiko), link(guseva), link(drozdov));

        String byName = session.get("/schools/" + school + "/mentees?q=" + HttpSession.enc("гусев")).body();
        assertThat(byName).contains(link(guseva)).doesNotContain(link(boiko), link(drozdov));

        String sixth = session.get("/schools/" + school + "/mentees?grade=6").body();
        assertThat(sixth).contains(link(guseva), link(drozdov)).doesNotContain(link(boiko));

        long form = pairing.formId(FormCodes.STUDENT_STUDENT).orElseThrow();
        String byForm = session.get("/schools/" + school + "/mentees?form=" + form).body();
        assertThat(byForm).contains(link(boiko)).doesNotContain(link(guseva), link(drozdov));

        String without = session.get("/schools/" + school + "/mentees?mentor=WITHOUT").body();
        assertThat(without).contains(link(drozdov)).doesNotContain(link(boiko), link(guseva));

        String with = session.get("/schools/" + school + "/mentees?mentor=WITH&grade=6").body();
        assertThat(with).contains(link(guseva)).doesNotContain(link(boiko), link(drozdov));
    }

    @Test
    void requestMapGroupsRequestsCaseInsensitivelyWithCountsFiltersAndXlsx() throws Exception {
        HttpSession session = department();
        String html = session.get("/schools/" + school + "/requests").body();
        String maths = themeRow(html, "Учёба по математике");
        assertThat(maths).as("two requests differing in case and spacing are one theme")
                .contains("data-col=\"total\">2<");
        assertThat(themeRow(html, "Адаптация в коллективе")).contains("data-col=\"total\">1<");
        assertThat(html).contains("Форма не указана").doesNotContain("МАТЕМАТИКЕ");

        String filtered = session.get("/schools/" + school + "/requests?mentor=WITHOUT").body();
        assertThat(filtered).contains("Адаптация в коллективе").doesNotContain("Учёба по математике");

        var xlsx = session.getBytes("/schools/" + school + "/requests.xlsx");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx.body()))) {
            var sheet = book.getSheetAt(0);
            var header = sheet.getRow(0);
            int last = header.getLastCellNum() - 1;
            assertThat(header.getCell(last).getStringCellValue()).isEqualTo("Всего");
            java.util.Map<String, Double> totals = new java.util.HashMap<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                var row = sheet.getRow(r);
                totals.put(row.getCell(0).getStringCellValue(), row.getCell(last).getNumericCellValue());
            }
            assertThat(totals).containsEntry("Учёба по математике", 2.0).containsEntry("Адаптация в коллективе", 1.0)
                    .containsEntry("Итого", 3.0);
        }
    }

    static String themeRow(String html, String request) {
        int at = html.indexOf("<td>" + request + "</td>");
        assertThat(at).as(request).isPositive();
        return html.substring(at, html.indexOf("</tr>", at));
    }

    static String link(long person) {
        return "href=\"/people/" + person + "\"";
    }
}
