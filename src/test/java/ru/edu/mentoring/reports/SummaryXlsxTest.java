package ru.edu.mentoring.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.edu.mentoring.support.Fixtures;
import ru.edu.mentoring.support.HttpSession;
import ru.edu.mentoring.support.IntegrationTest;

/** The department's summary of school reports as XLSX: title row, filtered header, the total outside the filter. */
class SummaryXlsxTest extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theSummaryHasATitleRowAFilterOverTheSchoolsAndTheTotalBelowIt() throws Exception {
        String municipality = jdbc.queryForObject("select m.name from municipality m join school s"
                + " on s.municipality_id = m.id where s.id = ?", String.class, Fixtures.school1(jdbc));
        HttpResponse<byte[]> xlsx = HttpSession.loggedIn(port, "department", "demo").getBytes("/reports/summary.xlsx");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            XSSFSheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue())
                    .startsWith("Сводка отчётов организаций за ").contains(" учебный год: " + municipality)
                    .matches(".*, по состоянию на \\d{2}\\.\\d{2}\\.\\d{4}$");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Организация");
            int last = sheet.getLastRowNum();
            assertThat(sheet.getRow(last).getCell(0).getStringCellValue()).isEqualTo("Итого");
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).startsWith("A2:").endsWith(":I" + last);
            assertThat(sheet.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) 2);
        }
    }
}
