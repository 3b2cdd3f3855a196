package ru.edu.mentoring.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading uploaded files: encodings, separators, quoting, magic bytes; and the neutralised CSV report. */
class ImportFilesTest {

    @Test
    void utf8WithBomAndCommasIsRead() {
        byte[] bytes = "\uFEFFКатегория,Фамилия,Имя\r\nпедагог,Иванов,Иван\r\n".getBytes(StandardCharsets.UTF_8);
        ImportTable table = ImportFiles.read(bytes, "a.csv", 10);
        assertThat(table.headers()).containsExactly("Категория", "Фамилия", "Имя");
        assertThat(table.rows()).singleElement().satisfies(r -> {
            assertThat(r.number()).isEqualTo(2);
            assertThat(r.cells()).containsExactly("педагог", "Иванов", "Иван");
        });
        assertThat(table.notes().get(0).args()).containsExactly("UTF-8", ",");
    }

    @Test
    void windows1251IsDetectedWhenTheBytesAreNotUtf8() {
        byte[] bytes = "Категория;Фамилия;Имя\nпедагог;Ёлкин;Пётр\n".getBytes(Charset.forName("windows-1251"));
        ImportTable table = ImportFiles.read(bytes, "a.csv", 10);
        assertThat(table.rows().get(0).cells()).containsExactly("педагог", "Ёлкин", "Пётр");
        assertThat(table.notes().get(0).args()).containsExactly("Windows-1251", ";");
    }

    @Test
    void quotedFieldsHoldSeparatorsQuotesAndLineBreaks() {
        List<List<String>> records = ru.edu.mentoring.web.CsvText.records(
                "a;b;c\n\"x;y\";\"say \"\"hi\"\"\";\"one\r\ntwo\"\n\n;last;\n", ';');
        assertThat(records).containsExactly(List.of("a", "b", "c"), List.of("x;y", "say \"hi\"", "one\r\ntwo"),
                List.of(""), List.of("", "last", ""));
        assertThat(ImportFiles.separator("\"a;b\",c,d\n1;2;3;4;5")).isEqualTo(',');
        assertThat(ImportFiles.separator("a;b,c;d")).isEqualTo(';');
    }

    @Test
    void rowNumbersCountBlankLinesAndMultiLineRecordsAsTheSpreadsheetDoes() {
        byte[] bytes = "h1;h2\n\"a\nb\";1\n\n;\nc;2\n".getBytes(StandardCharsets.UTF_8);
        ImportTable table = ImportFiles.read(bytes, "a.csv", 10);
        assertThat(table.rows()).extracting(ImportTable.Row::number).containsExactly(2, 5);
    }

    @Test
    void theTypeIsToldByTheContent() {
        assertThatThrownBy(() -> ImportFiles.read(new byte[] {0x00, 0x01, 0x02}, "a.csv", 10))
                .isInstanceOfSatisfying(ImportFileException.class,
                        e -> assertThat(e.problem().key()).isEqualTo("import.file.type"));
        assertThatThrownBy(() -> ImportFiles.read("a;b\n1;2".getBytes(StandardCharsets.UTF_8), "a.xlsx", 10))
                .isInstanceOfSatisfying(ImportFileException.class,
                        e -> assertThat(e.problem().key()).isEqualTo("import.file.type"));
        assertThatThrownBy(() -> ImportFiles.read(new byte[] {'P', 'K', 3, 4, 1, 2, 3}, "a.xlsx", 10))
                .isInstanceOfSatisfying(ImportFileException.class,
                        e -> assertThat(e.problem().key()).isEqualTo("import.file.broken"));
        assertThatThrownBy(() -> ImportFiles.read("a;b\n1;2\n3;4\n".getBytes(StandardCharsets.UTF_8), "a.csv", 1))
                .isInstanceOfSatisfying(ImportFileException.class,
                        e -> assertThat(e.problem().key()).isEqualTo("import.file.tooManyRows"));
        assertThatThrownBy(() -> ImportFiles.read("a;b\n".getBytes(StandardCharsets.UTF_8), "a.csv", 1))
                .isInstanceOfSatisfying(ImportFileException.class,
                        e -> assertThat(e.problem().key()).isEqualTo("import.file.noRows"));
    }

    @Test
    void reportCellsThatASpreadsheetWouldRunAreNeutralised() {
        assertThat(ImportController.csvLine(List.of("=1+2", "+7", "-x", "@sum", "a;b", "ok")))
                .isEqualTo("'=1+2;'+7;'-x;'@sum;\"a;b\";ok\r\n");
    }

    @Test
    void headersAreMatchedWhateverTheCase() {
        assertThat(ImportColumn.ofHeader(" дата РОЖДЕНИЯ (дд.мм.гггг) ")).contains(ImportColumn.BIRTH_DATE);
        assertThat(ImportColumn.ofHeader("Отчёство")).contains(ImportColumn.MIDDLE_NAME);
        assertThat(ImportColumn.ofHeader("Прозвище")).isEmpty();
        assertThat(ImportColumn.ofHeader("ОТЧЕСТВО")).contains(ImportColumn.MIDDLE_NAME);
    }
}
