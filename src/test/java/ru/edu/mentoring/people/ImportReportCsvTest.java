package ru.edu.mentoring.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The import report is the one CSV export: a cell a spreadsheet would run as a formula starts with a quote. */
class ImportReportCsvTest {

    @Test
    void cellsStartingWithAFormulaCharacterAreNeutralisedAndOthersLeftAlone() {
        String line = ImportController.csvLine(List.of("=1+1", "+SUM(A1)", "-2+3", "@SUM(1)", "\tx", "Иванова", ""));
        assertThat(line).isEqualTo("'=1+1;'+SUM(A1);'-2+3;'@SUM(1);'\tx;Иванова;\r\n");
    }

    @Test
    void aFormulaWithASeparatorIsQuotedAndStillNeutralised() {
        assertThat(ImportController.csvLine(List.of("=HYPERLINK(\"http://evil.example\";\"x\")")))
                .isEqualTo("\"'=HYPERLINK(\"\"http://evil.example\"\";\"\"x\"\")\"\r\n");
    }
}
