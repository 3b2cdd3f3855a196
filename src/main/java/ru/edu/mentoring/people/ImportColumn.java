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
    COMPETENCES("Компетенции", "competences", "Ключевые компетенции", "Ключевые профессиональные компетенции"),
    CAPACITY("Нагрузка", "capacity"),
    TRAINING_DATE("Дата обучения", "trainingDate"),
    TRAINING_PROGRAMME("Программа обучения", "trainingProgramme"),
    /** Issue 17 point 7: the academic year of the row's class («2022/23», «2022-2023», «2022»); blank: this year. */
    ACADEMIC_YEAR("Учебный год", "academicYear"),
    // --- МР-42/02 bases and consents (issue 17 points 3–4): the columns of «База наставников» and «База
    // наставляемых», the mentee base's request and form, and the consent to personal-data processing
    /** Where the person works or studies: another organisation than the school makes a mentor external. */
    PLACE("Место работы/учёбы", null, "Место работы / учёбы", "Место работы", "Место учёбы",
            "Место работы/учёбы наставника", "Место учёбы/работы"),
    /** A position (a teacher, or an external person's job) or a class (a student). */
    POSITION_OR_CLASS("Должность/класс", null, "Должность / класс", "Должность, класс", "Класс/должность"),
    /** Contacts: the portal keeps none, so the column is read by nobody (a note says so). */
    CONTACTS("Контакты", null, "Контактные данные", "Контактные данные для связи", "Телефон", "Контакты для связи"),
    /** A year alone (no birth date stored), or a whole date (stored as the birth date). */
    BIRTH_YEAR("Год рождения", null, "Год рождения наставника", "Год рождения наставляемого"),
    ACHIEVEMENTS("Важные для программы достижения", "achievements", "Достижения",
            "Важные для программы достижения наставника"),
    INTERESTS("Интересы", "interests", "Интересы наставника"),
    WANTED_AGE("Желаемый возраст наставляемых", "wantedMenteeAge", "Желаемый возраст наставляемого"),
    CONTACT_TIME("Время и место для связи", "contactTimePlace"),
    /** Informational: the mentees a mentor has; no pair is made from it (a note says so). */
    MENTEE_NAMES("ФИО наставляемых", null),
    /** The mentor's form, or the mentee's wanted form. */
    FORM("Форма наставничества", "wantedFormId", "Желаемая форма", "Желаемая форма наставничества", "Форма"),
    ENTRY_DATE("Дата вхождения в программу", null, "Дата вхождения", "Дата включения в базу"),
    /** Informational: read by nobody (a note says so). */
    PROGRAMME_PLACE("Место программы", null),
    /** Informational: read by nobody (a note says so). */
    LINKS("Ссылки на кейсы/отзывы, фото/видео", null, "Ссылки на кейсы/отзывы", "Ссылка на кейс/отзыв",
            "Ссылка на кейс/отзыв наставляемого"),
    REQUEST("Запрос", "request", "Основной запрос", "Основной запрос наставляемого", "Ключевой запрос",
            "Запрос наставляемого"),
    CONSENT_DATE("Дата согласия", "givenOn", "Дата согласия на обработку персональных данных"),
    CONSENT_GIVER("Согласие дал", "givenBy", "Кто дал согласие"),
    CONSENT_REPRESENTATIVE("ФИО законного представителя", "representativeName", "ФИО родителя",
            "ФИО представителя"),
    CONSENT_TERM("Срок согласия", "validUntil", "Согласие действует до"),
    CONSENT_VERSION("Версия текста согласия", "textVersion", "Версия согласия");

    /** The columns of the МР-42/02 tables, the mentee base and the consent (not in the portal's own template). */
    static final List<ImportColumn> BASES_AND_CONSENT = List.of(PLACE, POSITION_OR_CLASS, CONTACTS, BIRTH_YEAR,
            ACHIEVEMENTS, INTERESTS, WANTED_AGE, CONTACT_TIME, MENTEE_NAMES, FORM, ENTRY_DATE, PROGRAMME_PLACE, LINKS,
            REQUEST, CONSENT_DATE, CONSENT_GIVER, CONSENT_REPRESENTATIVE, CONSENT_TERM, CONSENT_VERSION);

    /** Columns a file may have that the portal does not keep: each gives a note when present. */
    static final List<ImportColumn> NOT_KEPT = List.of(CONTACTS, MENTEE_NAMES, PROGRAMME_PLACE, LINKS,
            // training is recorded as courses on «Обучение наставников» (the training module), not by a date column
            TRAINING_DATE, TRAINING_PROGRAMME);

    /**
     * Columns without which no row can be read (the name may instead come whole in {@link #FULL_NAME}). The category
     * is not among them: a row without one is given one by {@link ImportRowCheck#kind} (the МР-42/02 tables have
     * none).
     */
    static final List<ImportColumn> REQUIRED = List.of(LAST_NAME, FIRST_NAME);

    /** The columns of the portal's own template: the name in its parts, not whole. */
    static final List<ImportColumn> TEMPLATE =
            Arrays.stream(values()).filter(c -> c != FULL_NAME && !BASES_AND_CONSENT.contains(c)).toList();

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
