package ru.edu.mentoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import ru.edu.mentoring.schools.SchoolForm;
import ru.edu.mentoring.schools.SchoolKind;
import ru.edu.mentoring.schools.Schools;
import ru.edu.mentoring.support.IntegrationTest;

/**
 * Issue 16, point 6: school names sort naturally («№ 1, № 2, № 10») in the schools list (paged in SQL by the stored
 * sort key), the monitoring per-school table, its XLSX, and the public municipality page.
 */
class SchoolsNaturalOrderTest extends IntegrationTest {

    static final String MUNICIPALITY = "Городской округ Натуральный порядок";
    static final List<String> EXPECTED = List.of("Натуральная СОШ № 1", "Натуральная СОШ № 2",
            "Натуральная СОШ № 3", "Натуральная СОШ № 10", "Натуральная СОШ № 21");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Schools schools;

    @Autowired
    UserDetailsService users;

    long municipality() {
        return schools.municipalityByName(MUNICIPALITY).orElseGet(() -> {
            long m = schools.createMunicipality(MUNICIPALITY, "Свердловская область");
            for (String n : List.of("10", "2", "21", "1", "3")) {
                schools.createSchool(m, new SchoolForm("Натуральная средняя школа № " + n,
                        "Натуральная СОШ № " + n, SchoolKind.GENERAL, null, null, null));
            }
            return m;
        });
    }

    String html(String path, String username) throws Exception {
        return mvc.perform(get(path).with(user(users.loadUserByUsername(username)))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    static List<String> inOrder(String text) {
        Matcher m = Pattern.compile("Натуральная СОШ № \\d+").matcher(text);
        List<String> found = new ArrayList<>();
        while (m.find()) {
            if (!found.contains(m.group())) {
                found.add(m.group());
            }
        }
        return found;
    }

    @Test
    void theSchoolsListOrdersNumbersNaturally() throws Exception {
        municipality();
        assertThat(inOrder(html("/schools?q=Натуральная", "admin"))).isEqualTo(EXPECTED);
        assertThat(jdbc.queryForList("select short_name from school where short_name like 'Натуральная%'"
                + " order by sort_key, id", String.class)).isEqualTo(EXPECTED);
    }

    @Test
    void theMonitoringTableItsXlsxAndThePublicPageOrderNumbersNaturally() throws Exception {
        long m = municipality();
        assertThat(inOrder(html("/monitoring/municipalities/" + m, "region"))).isEqualTo(EXPECTED);
        // the public page shows full names («Натуральная средняя школа № 10»)
        assertThat(inOrder(html("/public/municipalities/" + m, "region").replace("средняя школа", "СОШ")))
                .isEqualTo(EXPECTED);
        byte[] xlsx = mvc.perform(get("/monitoring/municipalities/" + m + "/schools.xlsx")
                        .with(user(users.loadUserByUsername("region"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        List<String> names = new ArrayList<>();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = wb.getSheetAt(0);
            for (int r = 2; r <= sheet.getLastRowNum(); r++) { // row 0 the title, row 1 the header
                names.add(sheet.getRow(r).getCell(0).getStringCellValue());
                if (sheet.getRow(r).getCell(1).getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
                    // no student count entered for these schools: the cell says so
                    assertThat(sheet.getRow(r).getCell(1).getStringCellValue()).isEqualTo("нет данных");
                }
            }
        }
        assertThat(names.subList(0, 5)).isEqualTo(EXPECTED);
    }

    /** Issue 16, point 6: the monitoring summary PDF prints «1 076» as the page does, schools in natural order. */
    @Test
    void theMonitoringSummaryPdfGroupsNumbersLikeThePage() throws Exception {
        long m = municipality();
        long school = jdbc.queryForObject("select id from school where short_name = 'Натуральная СОШ № 10'",
                Long.class);
        for (int year = 2020; year <= 2035; year++) {
            jdbc.update("insert into student_count (school_id, year, students) values (?, ?, 1076)"
                    + " on conflict (school_id, year) do update set students = 1076", school, year);
        }
        String page = html("/monitoring/municipalities/" + m, "region");
        assertThat(page.replace('\u00a0', ' ').replace('\u202f', ' ')).contains("1 076");
        byte[] pdf = mvc.perform(get("/monitoring/municipalities/" + m + "/summary.pdf")
                        .with(user(users.loadUserByUsername("region"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        String text;
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
        }
        String normalised = text.replace('\u00a0', ' ').replace('\u202f', ' ');
        assertThat(normalised).contains("1 076").doesNotContain("1076");
        assertThat(inOrder(text)).isEqualTo(EXPECTED);
    }
}
