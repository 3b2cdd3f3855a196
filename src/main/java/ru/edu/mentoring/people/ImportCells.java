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

    // --- МР-42/02 bases and consents (issue 17 points 3–4)

    private static final Pattern YEAR = Pattern.compile("^(\\d{4})(?:[,.]0+)?(?:\\s*г\\.?|\\s*года?)?$");
    private static final Pattern TERM_YEARS = Pattern.compile("^(?:на\\s+)?(\\d{1,2})\\s*(?:год|года|лет|г\\.?)$");
    private static final Pattern GRADE_WORD = Pattern.compile("^(\\d{1,2})\\s*[-–]?\\s*\"?([\\p{L}]{0,2})\"?\\s*(?:класс|кл\\.?)$");

    /** A «Год рождения» cell: a year alone, or a whole date (then also the year). */
    record BirthYear(int year, LocalDate date) {}

    /** Whether the cell of the column is not blank (false when the file has no such column). */
    boolean filled(ImportColumn column) {
        String v = value(column);
        return v != null && !v.isEmpty();
    }

    /**
     * The «Год рождения» cell: «2009», «2009 г.», 2009 as a number, or a whole date; null when blank or unreadable
     * (the row's error: a year from 1900 to this one).
     */
    BirthYear birthYear(LocalDate today) {
        String v = value(ImportColumn.BIRTH_YEAR);
        if (v == null || v.isEmpty()) {
            return null;
        }
        Matcher m = YEAR.matcher(v.toLowerCase(Locale.ROOT));
        if (m.matches()) {
            int year = Integer.parseInt(m.group(1));
            if (year >= 1900 && year <= today.getYear()) {
                return new BirthYear(year, null);
            }
        } else {
            for (DateTimeFormatter f : List.of(RU_DATE, ISO_DATE)) {
                try {
                    LocalDate d = LocalDate.parse(v, f);
                    return new BirthYear(d.getYear(), d);
                } catch (DateTimeParseException e) {
                    // try the next format
                }
            }
        }
        unreadable(ImportColumn.BIRTH_YEAR, "import.birthYear.invalid", v);
        return null;
    }

    /**
     * The «Должность/класс» cell read as a class («7Б», «7 «Б»», «10 класс»), or null when it reads as a position.
     */
    SchoolClass classInPosition() {
        String v = value(ImportColumn.POSITION_OR_CLASS);
        return v == null ? null : asClass(v);
    }

    /** A cell read as a class of 1–11 (or a course), or null when it is none. */
    static SchoolClass asClass(String value) {
        String v = value.replace('«', '"').replace('»', '"').replace('“', '"').replace('”', '"')
                .replace('„', '"').strip();
        Matcher m = GRADE_WORD.matcher(v.toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            m = CLASS.matcher(v);
            if (!m.matches()) {
                return null;
            }
        }
        int grade = Integer.parseInt(m.group(1));
        if (grade < 1 || grade > 11) {
            return null;
        }
        String letter = m.group(2).toUpperCase(Locale.ROOT);
        return new SchoolClass(grade, letter.isEmpty() ? null : cyrillic(letter));
    }

    /** The «Согласие дал» cell: сам (the person), родитель or законный представитель; null when unreadable. */
    ConsentGiver consentGiver() {
        String v = value(ImportColumn.CONSENT_GIVER);
        if (v == null || v.isEmpty()) {
            return null;
        }
        String s = v.toLowerCase(Locale.ROOT).replace('ё', 'е');
        if (s.equals("сам") || s.equals("сама") || s.equals("сам(а)") || s.startsWith("лично")
                || s.startsWith("субъект") || s.equals("обучающийся") || s.equals("наставник")) {
            return ConsentGiver.SELF;
        }
        if (s.startsWith("родител") || s.startsWith("законн") || s.startsWith("представител") || s.startsWith("мать")
                || s.startsWith("отец") || s.startsWith("опекун") || s.startsWith("попечител")) {
            return ConsentGiver.REPRESENTATIVE;
        }
        unreadable(ImportColumn.CONSENT_GIVER, "import.consentGiver.invalid", v);
        return null;
    }

    /**
     * The «Срок согласия» cell: a date («31.08.2027», «до 31.08.2027»), a number of years from the day it was given
     * («3 года», «на 5 лет»: the day before that anniversary), or blank / «бессрочно» / «до отзыва» (no end: until the
     * end of participation and the retention after it). Null for no end and for an unreadable cell (the row's error).
     */
    LocalDate consentTerm(LocalDate givenOn) {
        String v = value(ImportColumn.CONSENT_TERM);
        if (v == null || v.isEmpty()) {
            return null;
        }
        String s = v.toLowerCase(Locale.ROOT).replace('ё', 'е').strip();
        if (s.startsWith("бессрочн") || s.startsWith("до отзыва") || s.startsWith("до окончания")) {
            return null;
        }
        String date = s.startsWith("до ") ? s.substring(3).strip() : s;
        for (DateTimeFormatter f : List.of(RU_DATE, ISO_DATE)) {
            try {
                return LocalDate.parse(date, f);
            } catch (DateTimeParseException e) {
                // try the next format
            }
        }
        Matcher m = TERM_YEARS.matcher(s);
        if (m.matches() && Integer.parseInt(m.group(1)) > 0) {
            return givenOn == null ? null : givenOn.plusYears(Integer.parseInt(m.group(1))).minusDays(1);
        }
        unreadable(ImportColumn.CONSENT_TERM, "import.consentTerm.invalid", v);
        return null;
    }

    /**
     * The «Форма наставничества» cell as a form of the catalogue (names compared without case, spaces and the kind of
     * dash: «Ученик-ученик» is «ученик – ученик»); null when blank or unknown (the row's error).
     */
    Long form(java.util.Map<String, Long> formsByKey) {
        String v = value(ImportColumn.FORM);
        if (v == null || v.isEmpty()) {
            return null;
        }
        Long id = formsByKey.get(formKey(v));
        if (id == null) {
            unreadable(ImportColumn.FORM, "import.form.invalid", v);
        }
        return id;
    }

    /** A form's name as compared: lower case, «ё» as «е», without spaces, dashes and quotes. */
    static String formKey(String name) {
        return name.toLowerCase(Locale.ROOT).replace('ё', 'е').replaceAll("[\\s\\-–—‑\"«»]", "");
    }
}
