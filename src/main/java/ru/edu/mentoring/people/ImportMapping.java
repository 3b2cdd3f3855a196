package ru.edu.mentoring.people;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which column of the file holds which field of the portal: the column-matching step of an import. The step offers a
 * guess from the header row ({@link #guessChoices}), or the matching the school chose for the last file of the same
 * shape ({@link #shape}); the curator's choices, one per column of the file ({@link #prepare}), make the mapping.
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
            } else if (IGNORED_HEADERS.contains(ImportColumn.normalise(header))) {
                continue;
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

    // ---- the column-matching step: one choice per column of the file

    /** The choice of a column that is not loaded. */
    static final String SKIP = "";
    /** A class given in two columns: the grade («Параллель») and the letter («Литера», «Буква»). */
    static final String CLASS_GRADE = "CLASS_GRADE";
    static final String CLASS_LETTER = "CLASS_LETTER";

    /** Headers of a class's grade and letter when the file gives them apart. */
    static final Set<String> GRADE_HEADERS = Set.of("параллель", "параллель класса", "номер класса");
    static final Set<String> LETTER_HEADERS = Set.of("литера", "литер", "буква", "буква класса", "литера класса");
    /** Headers skipped without a note: the refused-rows file's «Ошибка», a row number. */
    static final Set<String> IGNORED_HEADERS = Set.of("ошибка", "№", "№ п/п", "n п/п", "номер п/п", "п/п");

    /** Every choice the step offers, in the order of the select. */
    static List<String> targets() {
        List<String> targets = new ArrayList<>();
        targets.add(SKIP);
        for (ImportColumn c : ImportColumn.values()) {
            targets.add(c.name());
            if (c == ImportColumn.CLASS) {
                targets.add(CLASS_GRADE);
                targets.add(CLASS_LETTER);
            }
        }
        return targets;
    }

    /** A choice sent by the form: a known target, else {@link #SKIP}. */
    static String target(String choice) {
        return choice != null && targets().contains(choice) ? choice : SKIP;
    }

    /** The portal's guess for each header: by name and its aliases; an unknown or repeated column is skipped. */
    static List<String> guessChoices(List<String> headers) {
        List<String> choices = new ArrayList<>();
        Set<String> taken = new java.util.HashSet<>();
        for (String h : headers) {
            String header = ImportColumn.normalise(h);
            String choice = header.isEmpty() ? SKIP
                    : ImportColumn.ofHeader(header).map(Enum::name)
                            .orElse(GRADE_HEADERS.contains(header) ? CLASS_GRADE
                                    : LETTER_HEADERS.contains(header) ? CLASS_LETTER : SKIP);
            choices.add(choice.equals(SKIP) || taken.add(choice) ? choice : SKIP);
        }
        return choices;
    }

    /** The choices remembered by normalised header, the guess for a header the memory does not know. */
    static List<String> rememberedChoices(List<String> headers, Map<String, String> remembered) {
        List<String> guess = guessChoices(headers);
        List<String> choices = new ArrayList<>();
        for (int i = 0; i < headers.size(); i++) {
            String r = remembered.get(ImportColumn.normalise(headers.get(i)));
            choices.add(r == null ? guess.get(i) : target(r));
        }
        return choices;
    }

    /** The choices sent by the form fitted to the file's columns (missing ones skipped, unknown values skipped). */
    static List<String> fit(List<String> choices, int columns) {
        List<String> fitted = new ArrayList<>();
        for (int i = 0; i < columns; i++) {
            fitted.add(choices != null && i < choices.size() ? target(choices.get(i)) : SKIP);
        }
        return fitted;
    }

    /** The choices keyed by normalised header, as they are remembered for the school. */
    static Map<String, String> byHeader(List<String> headers, List<String> choices) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < headers.size() && i < choices.size(); i++) {
            String h = ImportColumn.normalise(headers.get(i));
            if (!h.isEmpty()) {
                map.putIfAbsent(h, choices.get(i));
            }
        }
        return map;
    }

    /** The shape of a file: a digest of its set of normalised headers (order and blank headers do not count). */
    static String shape(List<String> headers) {
        Set<String> set = new TreeSet<>();
        headers.stream().map(ImportColumn::normalise).filter(h -> !h.isEmpty() && !IGNORED_HEADERS.contains(h))
                .forEach(set::add);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(String.join("\n", set).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The table as the check reads it, by the curator's choices: the columns chosen, plus (after the file's cells) the
     * category chosen on the upload form for a row whose file or cell gives none, and a class put together from its
     * grade and letter columns. {@code missing}: the required fields no column gives (nothing can be checked then).
     */
    record Prepared(ImportTable table, ImportMapping mapping, List<String> missing) {}

    static Prepared prepare(ImportTable table, List<String> choices, PersonKind category) {
        int width = table.headers().size();
        Map<ImportColumn, Integer> columns = new EnumMap<>(ImportColumn.class);
        Integer grade = null;
        Integer letter = null;
        for (int i = 0; i < choices.size(); i++) {
            String choice = choices.get(i);
            if (choice.equals(CLASS_GRADE)) {
                grade = grade == null ? i : grade;
            } else if (choice.equals(CLASS_LETTER)) {
                letter = letter == null ? i : letter;
            } else if (!choice.equals(SKIP)) {
                columns.putIfAbsent(ImportColumn.valueOf(choice), i);
            }
        }
        Integer categoryColumn = columns.get(ImportColumn.CATEGORY);
        boolean addCategory = category != null;
        boolean addClass = !columns.containsKey(ImportColumn.CLASS) && grade != null;
        List<ImportTable.Row> rows = table.rows();
        if (addCategory || addClass) {
            rows = new ArrayList<>(table.rows().size());
            for (ImportTable.Row row : table.rows()) {
                List<String> cells = new ArrayList<>(row.cells());
                while (cells.size() < width) {
                    cells.add("");
                }
                if (addCategory) {
                    String given = categoryColumn == null ? "" : row.cell(categoryColumn).strip();
                    cells.add(given.isEmpty() ? categoryText(category) : given);
                }
                if (addClass) {
                    String g = row.cell(grade).strip();
                    String l = letter == null ? "" : row.cell(letter).strip();
                    cells.add(g.isEmpty() ? "" : g + l);
                }
                rows.add(new ImportTable.Row(row.number(), cells));
            }
            if (addCategory) {
                columns.put(ImportColumn.CATEGORY, width);
            }
            if (addClass) {
                columns.put(ImportColumn.CLASS, width + (addCategory ? 1 : 0));
            }
        }
        boolean wholeName = columns.containsKey(ImportColumn.FULL_NAME)
                && !columns.containsKey(ImportColumn.LAST_NAME) && !columns.containsKey(ImportColumn.FIRST_NAME);
        List<String> missing = ImportColumn.REQUIRED.stream().filter(c -> !columns.containsKey(c))
                .filter(c -> !(wholeName && ImportColumn.NAME_PARTS.contains(c)))
                .map(c -> "«" + c.header + "»").toList();
        return new Prepared(new ImportTable(table.headers(), rows, table.notes()), new ImportMapping(columns), missing);
    }

    /** The category's word as a «Категория» cell says it. */
    static String categoryText(PersonKind kind) {
        return switch (kind) {
            case STUDENT -> "обучающийся";
            case TEACHER -> "педагог";
            case EXTERNAL -> "внешний";
        };
    }
}
