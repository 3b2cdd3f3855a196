package ru.edu.mentoring.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class XlsxTest {

    @Test
    void numbersStayNumbersPercentagesArePercentagesAndFormulasAreNeutralised() throws Exception {
        byte[] bytes;
        try (Xlsx xlsx = new Xlsx()) {
            bytes = xlsx.sheet("Охват", List.of("Школа", "Учащихся", "Охват", "Дата"), List.of(
                    List.<Object>of("=HYPERLINK(\"http://evil\")", 1234, new Xlsx.Percent(0.153),
                            LocalDate.of(2025, 12, 31)),
                    List.<Object>of("@SUM(A1)", 7L, new Xlsx.Percent(1.0), LocalDate.of(2024, 1, 1))))
                    .toBytes();
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = wb.getSheet("Охват");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Школа");
            assertThat(sheet.getRow(1).getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).startsWith("'=");
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).startsWith("'@");
            assertThat(sheet.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(1234.0);
            assertThat(sheet.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(0.153);
            assertThat(sheet.getRow(1).getCell(2).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
            assertThat(sheet.getRow(1).getCell(3).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(LocalDate.of(2025, 12, 31));
        }
    }

    @Test
    void plainTextIsLeftAlone() {
        assertThat(Xlsx.neutralise("Иванова")).isEqualTo("Иванова");
        assertThat(Xlsx.neutralise("+7 999")).isEqualTo("'+7 999");
        assertThat(Xlsx.neutralise("")).isEmpty();
    }

    @Test
    void everyCellStartingWithAFormulaCharacterIsReadBackAsTextWithTheQuoteInFront() throws Exception {
        List<String> hostile = List.of("=1+1", "+SUM(A1:A2)", "-2+3+cmd|' /C calc'!A0", "@SUM(1+1)",
                "\t=1+1", "\r=1+1", "=HYPERLINK(\"http://evil.example\",\"x\")");
        byte[] bytes;
        try (Xlsx xlsx = new Xlsx()) {
            List<List<Object>> rows = hostile.stream().map(v -> List.<Object>of(v, "Иванова")).toList();
            bytes = xlsx.sheet("Лист", List.of("=cmd|' /C calc'!A0", "Фамилия"), rows).toBytes();
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("'=cmd|' /C calc'!A0");
            for (int r = 0; r < hostile.size(); r++) {
                var cell = sheet.getRow(r + 1).getCell(0);
                assertThat(cell.getCellType()).as(hostile.get(r)).isEqualTo(CellType.STRING);
                assertThat(cell.getStringCellValue()).as(hostile.get(r)).isEqualTo("'" + hostile.get(r));
                assertThat(sheet.getRow(r + 1).getCell(1).getStringCellValue()).isEqualTo("Иванова");
            }
        }
    }
}
