package ru.edu.mentoring.web;

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
    void numbersStayNumbersPercentagesArePercentagesAndFormulaLikeTextIsAStringCell() throws Exception {
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
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("=HYPERLINK(\"http://evil\")");
            assertThat(sheet.getRow(2).getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("@SUM(A1)");
            assertThat(sheet.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(1234.0);
            assertThat(sheet.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(0.153);
            assertThat(sheet.getRow(1).getCell(2).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
            assertThat(sheet.getRow(1).getCell(3).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(LocalDate.of(2025, 12, 31));
        }
    }

    @Test
    void csvNeutralisingIsForCsvOnly() {
        assertThat(Xlsx.neutraliseForCsv("Иванова")).isEqualTo("Иванова");
        assertThat(Xlsx.neutraliseForCsv("+7 999")).isEqualTo("'+7 999");
        assertThat(Xlsx.neutraliseForCsv("")).isEmpty();
    }

    /** Issue 16, point 1: text cells keep the text as typed (no visible apostrophe) and are strings, never formulas. */
    @Test
    void everyFormulaLikeTextIsAStringCellWithoutAnApostrophe() throws Exception {
        List<String> hostile = List.of("=1+1", "+SUM(A1:A2)", "-2+3+cmd|' /C calc'!A0", "@SUM(1+1)",
                "\t=1+1", "\r=1+1", "=HYPERLINK(\"http://evil.example\",\"x\")", "- проведено 12 встреч",
                "+7 (343) 123-45-67");
        byte[] bytes;
        try (Xlsx xlsx = new Xlsx()) {
            List<List<Object>> rows = hostile.stream().map(v -> List.<Object>of(v, "Иванова")).toList();
            bytes = xlsx.sheet("Лист", List.of("=cmd|' /C calc'!A0", "Фамилия"), rows).toBytes();
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("=cmd|' /C calc'!A0");
            for (int r = 0; r < hostile.size(); r++) {
                var cell = sheet.getRow(r + 1).getCell(0);
                assertThat(cell.getCellType()).as(hostile.get(r)).isEqualTo(CellType.STRING);
                assertThat(cell.getStringCellValue()).as(hostile.get(r)).isEqualTo(hostile.get(r));
                assertThat(sheet.getRow(r + 1).getCell(1).getStringCellValue()).isEqualTo("Иванова");
            }
        }
        // no formula anywhere in the sheet's XML
        try (var zip = new java.util.zip.ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (var e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().startsWith("xl/worksheets/")) {
                    String xml = new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                    assertThat(xml).doesNotContain("<f>").doesNotContain("<f ");
                }
            }
        }
    }

    @Test
    void aTitledSheetHasTheTitleAboveAFilteredFrozenHeaderFilledDatesAndWidthsFromTheContent() throws Exception {
        String longName = "МАОУ «Средняя общеобразовательная школа № 1»";
        byte[] bytes;
        try (Xlsx xlsx = new Xlsx()) {
            bytes = xlsx.sheet("Ход", "Кампания — Назаровский район, по состоянию на 03.12.2026",
                    List.of("Организация", "Дата", "Состояние"), List.of(
                            List.<Object>of(longName, new Xlsx.Filled(LocalDate.of(2025, 10, 2), "#dff3e6"),
                                    new Xlsx.Filled("=1+1", "#f8d7da")),
                            java.util.Arrays.asList("Школа № 2", null, "в срок")))
                    .toBytes();
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            org.apache.poi.xssf.usermodel.XSSFSheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("Кампания — Назаровский район, по состоянию на 03.12.2026");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Организация");
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A2:C4");
            assertThat(sheet.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) 2);
            var date = sheet.getRow(2).getCell(1);
            assertThat(date.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(date.getCellStyle().getDataFormatString()).isEqualTo("dd.mm.yyyy");
            assertThat(((org.apache.poi.xssf.usermodel.XSSFCellStyle) date.getCellStyle())
                    .getFillForegroundColorColor().getARGBHex()).isEqualTo("FFDFF3E6");
            var formula = sheet.getRow(2).getCell(2);
            assertThat(formula.getCellType()).as("filled text stays a string cell").isEqualTo(CellType.STRING);
            assertThat(formula.getStringCellValue()).isEqualTo("=1+1");
            assertThat(sheet.getColumnWidth(0) / 256).as("from the longest name").isEqualTo(longName.length() + 2);
            assertThat(sheet.getColumnWidth(1) / 256).as("a date column stays narrow").isLessThan(16);
        }
    }
}
