package ru.edu.mentoring.people;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;

/**
 * One row of a people file read as the portal's values through the {@link ImportMapping}: dates, yes/no, numbers,
 * classes, categories. A cell that cannot be read is the row's error, and its column says nothing more (the form's
 * rules are not asked about a value that was never read). Collects the row's errors with its number and column.
 */
final class ImportCells {

    private static final DateTimeFormatter RU_DATE =
            DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter ISO_DATE =
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
    private static final String LATIN_LOOKALIKES = "ABCEHKMOPTXY";
    private static final String CYRILLIC_LOOKALIKES = "АВСЕНКМОРТХУ";
    /** A grade and a letter: «7Б», «7 Б», «7-б», «7 "Б"», «7/Б»; quotes of every kind are made straight first. */
    private static final Pattern CLASS =
            Pattern.compile("^(\\d{1,2})\\s*[-–—/.]?\\s*\"?\\s*(\\p{L}{0,3})\\s*\"?$");
    /** «11 А класс», «7Б кл.»: the word «класс» after the class. */
    private static final Pattern CLASS_WORD = Pattern.compile("(?iu)\\s*(класс|кл\\.?)$");
    /** «14.03.2013 г.», «14.03.2013 0:00:00», «2013-03-14T00:00»: the date without its suffix or time. */
    private static final Pattern DATE_SUFFIX =
            Pattern.compile("(?iu)(\\s*(г\\.?|года?)|[ T]\\d{1,2}:\\d{2}(:\\d{2}(\\.\\d+)?)?)$");
    private static final DateTimeFormatter RU_DATE_SLASH =
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter RU_DATE_DASH =
            DateTimeFormatter.ofPattern("d-M-uuuu").withResolverStyle(ResolverStyle.STRICT);

    /** A name read from a «ФИО» cell: surname, name and patronymic ("" when the cell gives none). */
    record FullName(String lastName, String firstName, String middleName) {}

    /** A class read from a cell: the number and the letter (either may be null: no class). */
    record SchoolClass(Integer grade, String letter) {}

    private final ImportTable.Row row;
    private final ImportMapping mapping;
    private final List<ImportRun.Line> errors;
    private final MessageSource messages;
    private final Locale locale;
    private final Set<ImportColumn> unreadable = new HashSet<>();
    private boolean failed;

    ImportCells(ImportTable.Row row, ImportMapping mapping, List<ImportRun.Line> errors, MessageSource messages,
            Locale locale) {
        this.row = row;
        this.mapping = mapping;
        this.errors = errors;
        this.messages = messages;
        this.locale = locale;
    }

    int rowNumber() {
        return row.number();
    }

    /** Whether an error was found in the row. */
    boolean failed() {
        return failed;
    }

    boolean has(ImportColumn column) {
        return mapping.has(column);
    }

    /** The cell stripped, "" when blank, null when the file has no such column. */
    String value(ImportColumn column) {
        Integer index = mapping.index(column);
        return index == null ? null : row.cell(index).replace('\u00A0', ' ').strip();
    }

    void error(ImportColumn column, String key, Object... args) {
        errors.add(new ImportRun.Line(row.number(), column == null ? null : column.header,
                messages.getMessage(key, args, locale)));
        failed = true;
    }

    /** The column a field's message goes under: a name part under «ФИО» when the name came whole. */
    ImportColumn column(ImportColumn column) {
        return column != null && ImportColumn.NAME_PARTS.contains(column) && wholeName() ? ImportColumn.FULL_NAME
                : column;
    }

    private void unreadable(ImportColumn column, String key, Object... args) {
        error(column, key, args);
        unreadable.add(column);
    }

    /** The field errors of a validated command, each under its column, except in columns that could not be read. */
    void report(Errors result) {
        for (FieldError e : result.getFieldErrors()) {
            ImportColumn column = column(ImportColumn.ofField(e.getField()));
            if (!unreadable.contains(column)) {
                errors.add(new ImportRun.Line(row.number(), column == null ? null : column.header,
                        messages.getMessage(e, locale)));
                failed = true;
            }
        }
    }

    /** A rule's violations, each under the column of its field, except in columns that could not be read. */
    void report(List<Violation> violations) {
        for (Violation v : violations) {
            ImportColumn column = v.field() == null ? null : column(ImportColumn.ofField(v.field()));
            if (column == null || !unreadable.contains(column)) {
                error(column, v.key(), v.args());
            }
        }
    }

    /** Whether the row's name comes whole from the «ФИО» column (the file has no «Фамилия» and «Имя» columns). */
    boolean wholeName() {
        return has(ImportColumn.FULL_NAME) && !has(ImportColumn.LAST_NAME) && !has(ImportColumn.FIRST_NAME);
    }

    /**
     * The «ФИО» cell split into surname, name and patronymic: «Иванов Пётр Сергеевич», a two-part «Иванов Пётр» (no
     * patronymic), and a patronymic of several words («Алиев Рашид Гусейн оглы»). A cell of one word is the row's
     * error; an empty cell gives empty parts (the required-field check then speaks).
     */
    FullName fullName() {
        String v = value(ImportColumn.FULL_NAME);
        FullName name = splitFullName(v);
        if (name == null) {
            unreadable(ImportColumn.FULL_NAME, "import.fullName.invalid", v);
            return new FullName("", "", "");
        }
        return name;
    }

    /** Splits a full name at white space; null when it has one word only. */
    static FullName splitFullName(String value) {
        String v = value == null ? "" : value.replace('\u00A0', ' ').strip();
        if (v.isEmpty()) {
            return new FullName("", "", "");
        }
        String[] parts = v.split("\\s+", 3);
        if (parts.length < 2) {
            return null;
        }
        return new FullName(parts[0], parts[1], parts.length == 3 ? parts[2] : "");
    }

    /** The person's kind from the «Категория» cell, or null (the row's error). */
    PersonKind category() {
        String category = value(ImportColumn.CATEGORY);
        PersonKind kind = kind(category);
        if (kind == null) {
            error(ImportColumn.CATEGORY, category.isEmpty() ? "import.category.required"
                    : "import.category.invalid", category);
        }
        return kind;
    }

    static PersonKind kind(String category) {
        String s = category == null ? "" : category.toLowerCase(Locale.ROOT).replace('ё', 'е').strip();
        return switch (s) {
            case "обучающийся", "обучающаяся", "ученик", "ученица" -> PersonKind.STUDENT;
            case "педагог", "учитель" -> PersonKind.TEACHER;
            case "внешний", "внешняя", "внешний наставник", "внешний участник" -> PersonKind.EXTERNAL;
            default -> null;
        };
    }

    LocalDate date(ImportColumn column) {
        String v = value(column);
        if (v == null || v.isEmpty()) {
            return null;
        }
        LocalDate date = parseDate(v);
        if (date == null) {
            unreadable(column, "import.date.invalid", v);
        }
        return date;
    }

    /**
     * A date as files write it: «14.03.2013» (day first, with dots, slashes or dashes), «2013-03-14», each also with
     * «г.» or a time of day after it (as exports from other systems add); null when it is none of these.
     */
    static LocalDate parseDate(String value) {
        String v = value == null ? "" : value.strip();
        for (int i = 0; i < 2; i++) {
            v = DATE_SUFFIX.matcher(v).replaceFirst("").strip();
        }
        for (DateTimeFormatter f : List.of(RU_DATE, ISO_DATE, RU_DATE_SLASH, RU_DATE_DASH)) {
            try {
                return LocalDate.parse(v, f);
            } catch (DateTimeParseException e) {
                // try the next format
            }
        }
        return null;
    }

    Boolean yesNo(ImportColumn column) {
        String v = value(column);
        if (v == null || v.isEmpty()) {
            return null;
        }
        switch (v.toLowerCase(Locale.ROOT)) {
            case "да", "д", "1", "+", "yes", "y", "true", "истина" -> {
                return true;
            }
            case "нет", "н", "0", "-", "no", "n", "false", "ложь" -> {
                return false;
            }
            default -> {
                unreadable(column, "import.yesNo.invalid", v);
                return null;
            }
        }
    }

    Integer number(ImportColumn column) {
        String v = value(column);
        if (v == null || v.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(v.replaceAll("[,.]0+$", ""));
        } catch (NumberFormatException e) {
            unreadable(column, "import.number.invalid", v);
            return null;
        }
    }

    /**
     * The «Класс» cell: «7Б», «7 Б», «7-б», «7 «Б»», «7"Б"», «7 б», «11 А класс» (the letter in capitals); blank is no
     * class; null when it cannot be read.
     */
    SchoolClass schoolClass() {
        String v = value(ImportColumn.CLASS);
        SchoolClass read = parseClass(v);
        if (read == null) {
            unreadable(ImportColumn.CLASS, "import.class.invalid", v);
        }
        return read;
    }

    /** A class written as schools write it, see {@link #schoolClass()}; null when it cannot be read. */
    static SchoolClass parseClass(String value) {
        String v = value == null ? "" : value.replace('\u00A0', ' ').strip();
        if (v.isEmpty()) {
            return new SchoolClass(null, null);
        }
        v = CLASS_WORD.matcher(v).replaceFirst("").strip();
        StringBuilder straight = new StringBuilder(v.length());
        for (char c : v.toCharArray()) {
            straight.append("«»“”„‟″'‘’`".indexOf(c) >= 0 ? '"' : c);
        }
        Matcher m = CLASS.matcher(straight);
        if (!m.matches()) {
            return null;
        }
        return new SchoolClass(Integer.valueOf(m.group(1)), cyrillic(m.group(2).toUpperCase(Locale.ROOT)));
    }

    /** «7A» typed with a Latin A is class 7 «А»: Latin letters that look like Cyrillic ones become those. */
    private static String cyrillic(String letter) {
        StringBuilder b = new StringBuilder(letter.length());
        for (char c : letter.toCharArray()) {
            int i = LATIN_LOOKALIKES.indexOf(c);
            b.append(i < 0 ? c : CYRILLIC_LOOKALIKES.charAt(i));
        }
        return b.toString();
    }

    ExternalKind externalKind() {
        String v = value(ImportColumn.EXTERNAL_KIND);
        String s = v.toLowerCase(Locale.ROOT).replace('ё', 'е');
        if (s.isEmpty()) {
            return null;
        }
        if (s.startsWith("студент")) {
            return ExternalKind.UNIVERSITY_STUDENT;
        }
        if (s.contains("работодател")) {
            return ExternalKind.EMPLOYER;
        }
        if (s.startsWith("выпускни")) {
            return ExternalKind.GRADUATE;
        }
        if (s.startsWith("родител") || s.startsWith("законный представитель")) {
            return ExternalKind.PARENT;
        }
        unreadable(ImportColumn.EXTERNAL_KIND, "import.externalKind.invalid", v);
        return null;
    }
}
