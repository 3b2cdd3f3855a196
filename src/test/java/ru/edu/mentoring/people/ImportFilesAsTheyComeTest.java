package ru.edu.mentoring.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * Issue 17 point 1: files as schools have them. A class list exported from an electronic journal (a title line, a blank
 * line, then «№ п/п; ФИО; Класс; Дата рождения; Пол») in CSV (tab, Windows-1251), XLS and XLSX; workbooks of several
 * sheets; a МР-42/02 table with a row of column numbers; classes and dates as schools write them.
 */
class ImportFilesAsTheyComeTest {

    static final Charset CP1251 = Charset.forName("windows-1251");
    static final List<String> JOURNAL_HEADER = List.of("№ п/п", "ФИО", "Класс", "Дата рождения", "Пол");

    /** The journal's header as the table gives it: the number and «Пол» columns blanked (not loaded). */
    static final List<String> READ_HEADER = List.of("", "ФИО", "Класс", "Дата рождения", "");

    private static List<String> notes(ImportTable table) {
        return table.notes().stream().map(p -> p.key() + List.of(p.args())).toList();
    }

    // ---- the journal's class list in every format

    @Test
    void aJournalClassListInTabSeparatedWindows1251IsReadFromItsHeaderRowWithTheSpreadsheetsRowNumbers() {
        String csv = "Список класса 7Б, МАОУ СОШ № 1, на 01.09.2026\r\n"
                + "\r\n"
                + String.join("\t", JOURNAL_HEADER) + "\r\n"
                + "1\tЁлкина Анна Сергеевна\t7Б\t14.03.2013\tж\r\n"
                + "2\tПетров Пётр\t7 «б»\t02.11.2012\tм\r\n";
        ImportTable table = ImportFiles.read(csv.getBytes(CP1251), "7Б.csv", 10);

        assertThat(table.headers()).containsExactlyElementsOf(READ_HEADER);
        assertThat(table.rows()).extracting(ImportTable.Row::number).containsExactly(4, 5);
        assertThat(table.rows().get(0).cells()).containsExactly("1", "Ёлкина Анна Сергеевна", "7Б", "14.03.2013", "ж");
        assertThat(table.rows().get(1).cells()).containsExactly("2", "Петров Пётр", "7 «б»", "02.11.2012", "м");
        assertThat(notes(table)).containsExactly("import.note.csvTab[Windows-1251]", "import.note.ignoredColumn[Пол]",
                "import.note.headerRow[3]");
    }

    @Test
    void aJournalClassListInXlsIsReadWithItsDateAndNumberCellsFormattedAsInXlsx() throws IOException {
        byte[] xls = journalWorkbook(new HSSFWorkbook(), "7Б", 2);
        assertThat(ImportFiles.isOle(xls)).isTrue();
        ImportTable table = ImportFiles.read(xls, "7Б.xls", 10);

        assertThat(table.headers()).containsExactlyElementsOf(READ_HEADER);
        assertThat(table.rows()).extracting(ImportTable.Row::number).containsExactly(4, 5);
        assertThat(table.rows().get(0).cells()).containsExactly("1", "Ёлкина Анна Сергеевна", "7Б", "14.03.2013", "ж");
        assertThat(table.rows().get(1).cells()).containsExactly("2", "Петров Пётр", "7 «б»", "02.11.2012", "м");
        assertThat(notes(table)).containsExactly("import.note.sheet[XLS, 7Б]", "import.note.ignoredColumn[Пол]",
                "import.note.headerRow[3]");
        assertThat(ImportFiles.sheetNames(xls, "7Б.xls")).as("one sheet: nothing to choose").isEmpty();
    }

    @Test
    void aJournalClassListInXlsxIsReadFromItsHeaderRow() throws IOException {
        byte[] xlsx = journalWorkbook(new XSSFWorkbook(), "7Б", 2);
        ImportTable table = ImportFiles.read(xlsx, "7Б.xlsx", 10);

        assertThat(table.headers()).containsExactlyElementsOf(READ_HEADER);
        assertThat(table.rows()).extracting(ImportTable.Row::number).containsExactly(4, 5);
        assertThat(table.rows().get(0).cells()).containsExactly("1", "Ёлкина Анна Сергеевна", "7Б", "14.03.2013", "ж");
        assertThat(notes(table)).containsExactly("import.note.xlsx[]", "import.note.ignoredColumn[Пол]",
                "import.note.headerRow[3]");
    }

    // ---- several sheets

    @Test
    void theSheetsOfAnXlsxAreListedAndTheChosenOneIsRead() throws IOException {
        byte[] xlsx = twoSheetsAndAnEmptyOne(new XSSFWorkbook());
        assertThat(ImportFiles.sheetNames(xlsx, "классы.xlsx")).containsExactly("7А", "7Б", "Пустой");

        ImportTable second = ImportFiles.read(xlsx, "классы.xlsx", 10, 1);
        assertThat(second.rows()).extracting(r -> r.cell(1)).containsExactly("Петров Пётр");
        assertThat(notes(second)).contains("import.note.sheet[XLSX, 7Б]");
        assertThat(ImportFiles.read(xlsx, "классы.xlsx", 10, 0).rows()).extracting(r -> r.cell(1))
                .containsExactly("Ёлкина Анна Сергеевна");
        assertRefused(() -> ImportFiles.read(xlsx, "классы.xlsx", 10, 2), "import.file.emptySheet", "Пустой");
        assertRefused(() -> ImportFiles.read(xlsx, "классы.xlsx", 10, 5), "import.file.noSheet", 6);
    }

    @Test
    void theSheetsOfAnXlsAreListedAndTheChosenOneIsRead() throws IOException {
        byte[] xls = twoSheetsAndAnEmptyOne(new HSSFWorkbook());
        assertThat(ImportFiles.sheetNames(xls, "классы.xls")).containsExactly("7А", "7Б", "Пустой");

        ImportTable second = ImportFiles.read(xls, "классы.xls", 10, 1);
        assertThat(second.rows()).extracting(r -> r.cell(1)).containsExactly("Петров Пётр");
        assertThat(notes(second)).contains("import.note.sheet[XLS, 7Б]");
        assertRefused(() -> ImportFiles.read(xls, "классы.xls", 10, 2), "import.file.emptySheet", "Пустой");
        assertRefused(() -> ImportFiles.read(xls, "классы.xls", 10, 3), "import.file.noSheet", 4);
    }

    @Test
    void aCsvOrAFileThatCannotBeReadHasNoSheetsToChooseFrom() {
        assertThat(ImportFiles.sheetNames("ФИО;Класс\nИванов Иван;7Б\n".getBytes(StandardCharsets.UTF_8), "a.csv"))
                .isEmpty();
        assertThat(ImportFiles.sheetNames(new byte[] {'P', 'K', 3, 4, 1, 2}, "a.xlsx")).isEmpty();
        assertThat(ImportFiles.sheetNames(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0}, "a.xls"))
                .isEmpty();
        assertRefused(() -> ImportFiles.read(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0}, "a.xls",
                10), "import.file.brokenXls");
    }

    // ---- other shapes

    @Test
    void aMr4202TableWithATitleAndARowOfColumnNumbersIsReadFromItsHeader() {
        String csv = "\uFEFFБаза наставников МАОУ СОШ № 1;;;\n"
                + "ФИО;Место работы/учёбы;Должность/класс;Дата рождения\n"
                + "1;2;3;4\n"
                + "Смирнов Игорь Олегович;МАОУ СОШ № 1;учитель;01.02.1980\n";
        ImportTable table = ImportFiles.read(csv.getBytes(StandardCharsets.UTF_8), "база.csv", 10);
        assertThat(table.headers()).containsExactly("ФИО", "Место работы/учёбы", "Должность/класс", "Дата рождения");
        assertThat(table.rows()).singleElement().satisfies(r -> assertThat(r.number()).isEqualTo(4));
        assertThat(notes(table)).containsExactly("import.note.csv[UTF-8, ;]", "import.note.headerRow[2]",
                "import.note.numberRow[3]");
    }

    @Test
    void theSeparatorIsTheHeaderRowsWhateverTheTitleLineUses() {
        assertThat(ImportFiles.separator("Список, 7Б класс, 2026; школа № 1\n\nФИО\tКласс\tДата рождения\n"))
                .isEqualTo('\t');
        assertThat(ImportFiles.separator("Список; 7Б\nФИО,Класс,Пол\n")).isEqualTo(',');
        assertThat(ImportFiles.separator("\"Фамилия;Имя\",x\nФамилия;Имя;Класс\n")).isEqualTo(';');
        // no row names two known columns: the most frequent separator of the first line that has one
        assertThat(ImportFiles.separator("Заголовок\na\tb\tc,d\n")).isEqualTo('\t');
        assertThat(ImportFiles.separator("a;b,c;d")).isEqualTo(';');
    }

    @Test
    void withoutARowNamingTwoKnownColumnsTheFirstNamingOneIsTheHeader() {
        ImportTable table = ImportFiles.read("Список\nФИО\nИванов Иван\n".getBytes(StandardCharsets.UTF_8), "a.csv",
                10);
        assertThat(table.headers()).containsExactly("ФИО");
        assertThat(table.rows()).extracting(ImportTable.Row::number).containsExactly(3);
    }

    @Test
    void aHeaderBelowTheTwentiethRowIsNotLookedFor() {
        StringBuilder csv = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            csv.append("строка ").append(i + 1).append('\n');
        }
        csv.append("ФИО;Класс\nИванов Иван;7Б\n");
        ImportTable table = ImportFiles.read(csv.toString().getBytes(StandardCharsets.UTF_8), "a.csv", 100);
        assertThat(table.headers()).containsExactly("строка 1");
    }

    @Test
    void theRowLimitStillHoldsAndTheRowsAreCountedBelowTheHeader() {
        String csv = "Список\n\nФИО;Класс\nА Б;7Б\nВ Г;7Б\nД Е;7Б\n";
        assertRefused(() -> ImportFiles.read(csv.getBytes(StandardCharsets.UTF_8), "a.csv", 2),
                "import.file.tooManyRows", 3, 2);
        assertThat(ImportFiles.read(csv.getBytes(StandardCharsets.UTF_8), "a.csv", 3).rows()).hasSize(3);
    }

    @Test
    void tabSeparatedTextSavedUnderAnXlsNameIsReadAsCsv() {
        byte[] text = "ФИО\tКласс\nИванов Иван\t7Б\n".getBytes(CP1251);
        ImportTable table = ImportFiles.read(text, "класс.xls", 10);
        assertThat(table.rows().get(0).cells()).containsExactly("Иванов Иван", "7Б");
    }

    // ---- classes and dates

    @Test
    void aClassIsReadHoweverTheSchoolWritesIt() {
        for (String written : List.of("7Б", "7 Б", "7-б", "7 «Б»", "7\"Б\"", "7 б", "7«б»", "7 “Б”", "7 'Б'",
                "7Б класс", "7 б кл.", "\u00A07 Б\u00A0")) {
            assertThat(ImportCells.parseClass(written)).as(written).isEqualTo(new ImportCells.SchoolClass(7, "Б"));
        }
        assertThat(ImportCells.parseClass("11 А класс")).isEqualTo(new ImportCells.SchoolClass(11, "А"));
        assertThat(ImportCells.parseClass("11a")).as("a Latin a").isEqualTo(new ImportCells.SchoolClass(11, "А"));
        assertThat(ImportCells.parseClass("10")).isEqualTo(new ImportCells.SchoolClass(10, ""));
        assertThat(ImportCells.parseClass("9 класс")).isEqualTo(new ImportCells.SchoolClass(9, ""));
        assertThat(ImportCells.parseClass("")).isEqualTo(new ImportCells.SchoolClass(null, null));
        assertThat(ImportCells.parseClass("седьмой")).isNull();
        assertThat(ImportCells.parseClass("7 Б В Г")).isNull();
    }

    @Test
    void aDateIsReadAsExportsWriteIt() {
        LocalDate date = LocalDate.of(2013, 3, 14);
        for (String written : List.of("14.03.2013", "14.3.2013", "14.03.2013 г.", "14.03.2013г", "14.03.2013 0:00:00",
                "14/03/2013", "14-03-2013", "2013-03-14", "2013-03-14T00:00:00", "14.03.2013 года")) {
            assertThat(ImportCells.parseDate(written)).as(written).isEqualTo(date);
        }
        assertThat(ImportCells.parseDate("31.02.2013")).isNull();
        assertThat(ImportCells.parseDate("03/14/2013")).as("month first is not read").isNull();
        assertThat(ImportCells.parseDate("весной")).isNull();
    }

    // ---- helpers

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String key,
            Object... args) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ImportFileException.class, e -> {
            assertThat(e.problem().key()).isEqualTo(key);
            if (args.length > 0) {
                assertThat(e.problem().args()).containsExactly(args);
            }
        });
    }

    /** The journal's export: a merged title row, a blank row, the header, then the pupils (date cells as dates). */
    static byte[] journalWorkbook(Workbook workbook, String sheetName, int pupils) throws IOException {
        Sheet sheet = workbook.createSheet(sheetName);
        fillJournal(workbook, sheet, pupils);
        return bytes(workbook);
    }

    static void fillJournal(Workbook workbook, Sheet sheet, int pupils) {
        CellStyle date = workbook.createCellStyle();
        date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("d mmmm yyyy"));
        sheet.createRow(0).createCell(0).setCellValue("Список класса, МАОУ СОШ № 1");
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 4));
        Row header = sheet.createRow(2);
        for (int i = 0; i < JOURNAL_HEADER.size(); i++) {
            header.createCell(i).setCellValue(JOURNAL_HEADER.get(i));
        }
        Object[][] rows = {{"Ёлкина Анна Сергеевна", "7Б", LocalDate.of(2013, 3, 14), "ж"},
                {"Петров Пётр", "7 «б»", LocalDate.of(2012, 11, 2), "м"}};
        for (int i = 0; i < pupils; i++) {
            Row row = sheet.createRow(3 + i);
            row.createCell(0).setCellValue(i + 1);
            row.createCell(1).setCellValue((String) rows[i][0]);
            row.createCell(2).setCellValue((String) rows[i][1]);
            row.createCell(3).setCellValue((LocalDate) rows[i][2]);
            row.getCell(3).setCellStyle(date);
            row.createCell(4).setCellValue((String) rows[i][3]);
        }
    }

    /** Sheets «7А» (one pupil), «7Б» (the second pupil) and «Пустой». */
    static byte[] twoSheetsAndAnEmptyOne(Workbook workbook) throws IOException {
        fillJournal(workbook, workbook.createSheet("7А"), 1);
        Sheet second = workbook.createSheet("7Б");
        Row header = second.createRow(0);
        for (int i = 0; i < JOURNAL_HEADER.size(); i++) {
            header.createCell(i).setCellValue(JOURNAL_HEADER.get(i));
        }
        Row pupil = second.createRow(1);
        pupil.createCell(0).setCellValue(1);
        pupil.createCell(1).setCellValue("Петров Пётр");
        pupil.createCell(2).setCellValue("7Б");
        workbook.createSheet("Пустой");
        return bytes(workbook);
    }

    static byte[] bytes(Workbook workbook) throws IOException {
        try (workbook; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
