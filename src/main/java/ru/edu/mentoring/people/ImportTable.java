package ru.edu.mentoring.people;

import java.util.List;

/**
 * A spreadsheet read from an uploaded file: the header cells and the non-blank data rows, each with its row number as
 * the spreadsheet program shows it (the header is usually row 1).
 */
record ImportTable(List<String> headers, List<Row> rows, List<ImportProblem> notes) {

    record Row(int number, List<String> cells) {

        String cell(int index) {
            return index >= 0 && index < cells.size() ? cells.get(index) : "";
        }
    }
}
