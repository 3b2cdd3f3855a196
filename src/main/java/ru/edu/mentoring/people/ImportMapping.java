package ru.edu.mentoring.people;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Which column of the file holds which field of the portal: the column-matching step of an import. Today it is
 * guessed from the header row alone ({@link #guess}); a step where the curator confirms or changes the guess makes
 * another mapping of the same kind.
 */
record ImportMapping(Map<ImportColumn, Integer> columns) {

    ImportMapping {
        columns = Map.copyOf(columns);
    }

    boolean has(ImportColumn column) {
        return columns.containsKey(column);
    }

    /** The index of the column's cell in a row, or null when the file has no such column. */
    Integer index(ImportColumn column) {
        return columns.get(column);
    }

    /**
     * Maps the header row to columns by their names; notes the ignored school column, unknown and repeated headers.
     * Refuses ({@link ImportFileException}) a file without a column no row can be read without.
     */
    static ImportMapping guess(List<String> headers, String schoolName, List<ImportProblem> notes) {
        Map<ImportColumn, Integer> columns = new EnumMap<>(ImportColumn.class);
        for (int i = 0; i < headers.size(); i++) {
            String header = headers.get(i) == null ? "" : headers.get(i).strip();
            if (header.isEmpty()) {
                continue;
            }
            var column = ImportColumn.ofHeader(header);
            if (column.isPresent()) {
                if (columns.putIfAbsent(column.get(), i) != null) {
                    notes.add(new ImportProblem("import.note.repeatedColumn", header));
                }
            } else if (ImportColumn.SCHOOL_HEADERS.contains(ImportColumn.normalise(header))) {
                notes.add(new ImportProblem("import.note.schoolColumn", header, schoolName));
            } else {
                notes.add(new ImportProblem("import.note.unknownColumn", header));
            }
        }
        boolean wholeName = columns.containsKey(ImportColumn.FULL_NAME)
                && !columns.containsKey(ImportColumn.LAST_NAME) && !columns.containsKey(ImportColumn.FIRST_NAME);
        List<String> missing = ImportColumn.REQUIRED.stream().filter(c -> !columns.containsKey(c))
                .filter(c -> !(wholeName && ImportColumn.NAME_PARTS.contains(c)))
                .map(c -> "«" + c.header + "»").toList();
        if (!missing.isEmpty()) {
            throw new ImportFileException("import.file.missingColumns", String.join(", ", missing));
        }
        return new ImportMapping(columns);
    }
}
