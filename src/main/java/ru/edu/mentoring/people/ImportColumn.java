package ru.edu.mentoring.people;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The columns of a people file. Their Russian headers are the file format itself (matched case-insensitively, «ё» as
 * «е», text in parentheses ignored), so they are the same whatever the interface language.
 */
enum ImportColumn {
    CATEGORY("Категория", null),
    LAST_NAME("Фамилия", "lastName"),
    FIRST_NAME("Имя", "firstName"),
    MIDDLE_NAME("Отчество", "middleName"),
    /** Surname, name and patronymic in one cell (МР-42/02 bases, class lists of electronic journals). */
    FULL_NAME("ФИО", null, "Ф.И.О.", "Фамилия, имя, отчество", "Фамилия имя отчество", "ФИО обучающегося",
            "ФИО ученика", "ФИО наставника", "ФИО наставляемого", "ФИО участника"),
    KEY("Идентификатор", "externalKey"),
    CLASS("Класс", "grade"),
    BIRTH_DATE("Дата рождения", "birthDate", "Д.р.", "Дата рожд.", "ДР", "Д. р."),
    POSITION("Должность", "position"),
    SUBJECTS("Предметы", "subjects"),
    TEACHING_SINCE("Начало стажа", "teachingSince"),
    NEW_STAFF("Новый сотрудник", "newStaff"),
    EXTERNAL_KIND("Кто", "externalKind"),
    ORGANISATION("Организация", "organisation"),
    MENTOR("Наставник", null),
    COMPETENCES("Компетенции", "competences"),
    CAPACITY("Нагрузка", "capacity"),
    TRAINING_DATE("Дата обучения", "trainingDate"),
    TRAINING_PROGRAMME("Программа обучения", "trainingProgramme");

    /** Columns without which no row can be read (the name may instead come whole in {@link #FULL_NAME}). */
    static final List<ImportColumn> REQUIRED = List.of(CATEGORY, LAST_NAME, FIRST_NAME);

    /** The columns of the portal's own template: the name in its parts, not whole. */
    static final List<ImportColumn> TEMPLATE =
            Arrays.stream(values()).filter(c -> c != FULL_NAME).toList();

    /** The columns a name can be read from when {@link #FULL_NAME} stands in for them. */
    static final List<ImportColumn> NAME_PARTS = List.of(LAST_NAME, FIRST_NAME, MIDDLE_NAME);

    /** Headers naming a school: every row goes to the curator's own school, so these are ignored. */
    static final List<String> SCHOOL_HEADERS =
            List.of("оо", "школа", "образовательная организация", "организация оо", "наименование оо");

    private static final Map<String, ImportColumn> BY_HEADER = Arrays.stream(values())
            .flatMap(c -> java.util.stream.Stream.concat(java.util.stream.Stream.of(c.header), c.aliases.stream())
                    .map(h -> Map.entry(normalise(h), c)))
            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));

    private static final Map<String, ImportColumn> BY_FIELD = Arrays.stream(values()).filter(c -> c.field != null)
            .collect(Collectors.toMap(c -> c.field, Function.identity()));

    final String header;
    /** The property of {@link PersonForm} or {@link MentorForm} the column fills, for validation messages. */
    final String field;
    /** Other headers files use for the column, matched like the header. */
    final List<String> aliases;

    ImportColumn(String header, String field, String... aliases) {
        this.header = header;
        this.field = field;
        this.aliases = List.of(aliases);
    }

    public String getHeader() {
        return header;
    }

    static Optional<ImportColumn> ofHeader(String header) {
        return Optional.ofNullable(BY_HEADER.get(normalise(header)));
    }

    static ImportColumn ofField(String field) {
        return field.equals("letter") ? CLASS : BY_FIELD.get(field);
    }

    static String normalise(String header) {
        return header == null ? "" : header.replace('\u00A0', ' ').replaceAll("\\([^)]*\\)", "").replace("*", "")
                .toLowerCase(Locale.ROOT).replace('ё', 'е').replaceAll("\\s+", " ").strip();
    }
}
