package ru.edu.mentoring.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The committed samples of the МР-42/02 tables are what {@link Mr42Samples} makes: 30 rows under the header, with a
 * title row above it in the copies as schools keep them. {@code -DwriteMr42Samples=true} writes them anew.
 */
class Mr42SamplesTest {

    @Test
    void eachSampleHasThirtyRowsUnderTheHeaderAndTheSchoolsCopyATitleAboveIt() throws Exception {
        if (Boolean.getBoolean("writeMr42Samples")) {
            Mr42Samples.writeAll(Path.of("src/test/resources/import"));
        }
        for (String table : new String[] {"mentors", "mentees"}) {
            try (XSSFWorkbook titled = new XSSFWorkbook(new ByteArrayInputStream(
                    Mr42Samples.read("mr42-" + table + ".xlsx")));
                    XSSFWorkbook plain = new XSSFWorkbook(new ByteArrayInputStream(
                            Mr42Samples.read("mr42-" + table + "-header-first.xlsx")))) {
                Sheet t = titled.getSheetAt(0);
                Sheet p = plain.getSheetAt(0);
                assertThat(t.getRow(0).getCell(0).getStringCellValue()).startsWith("База настав");
                assertThat(t.getRow(2).getCell(0).getStringCellValue())
                        .isEqualTo(p.getRow(0).getCell(0).getStringCellValue()).startsWith("ФИО");
                assertThat(p.getLastRowNum()).isEqualTo(Mr42Samples.ROWS);
                assertThat(t.getLastRowNum()).isEqualTo(Mr42Samples.ROWS + 2);
            }
        }
    }
}
