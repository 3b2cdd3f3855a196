package ru.edu.mentoring.people;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.hibernate.Session;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.SmartValidator;
import ru.edu.mentoring.accounts.CurrentUser;
import ru.edu.mentoring.schools.SchoolKind;
import ru.edu.mentoring.shared.AcademicYear;

/**
 * Bulk import of a school's students, teachers and external people (and their mentor entries) from an XLSX or CSV
 * file. The whole file is validated first with the rules of the forms; only a file without errors is written, in
 * one transaction. Re-importing a file updates the people it matched instead of creating them again.
 */
@Service
class PersonImport {

    static final int BATCH = 500;

    private static final DateTimeFormatter RU_DATE =
            DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter ISO_DATE =
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
    private static final String LATIN_LOOKALIKES = "ABCEHKMOPTXY";
    private static final String CYRILLIC_LOOKALIKES = "АВСЕНКМОРТХУ";
    private static final Pattern CLASS = Pattern.compile("^(\\d{1,2})\\s*[-–]?\\s*\"?([\\p{L}]{0,3})\"?$");

    private final EntityManager em;
    private final PersonRepository persons;
    private final StudentClassRepository classes;
    private final MentorProfileRepository mentors;
    private final ImportRunRepository runs;
    private final SmartValidator validator;
    private final MessageSource messages;
    private final People people;
    private final TransactionTemplate tx;
    private final long maxBytes;
    private final int maxRows;
    private Duplicates duplicates;

    @org.springframework.beans.factory.annotation.Autowired
    void setDuplicates(Duplicates duplicates) {
        this.duplicates = duplicates;
    }

    PersonImport(EntityManager em, PersonRepository persons, StudentClassRepository classes,
            MentorProfileRepository mentors, ImportRunRepository runs, SmartValidator validator,
            MessageSource messages, People people, PlatformTransactionManager transactions,
            @Value("${app.import.max-bytes:2097152}") long maxBytes, @Value("${app.import.max-rows:5000}") int maxRows) {
        this.em = em;
        this.persons = persons;
        this.classes = classes;
        this.mentors = mentors;
        this.runs = runs;
        this.validator = validator;
        this.messages = messages;
        this.people = people;
        this.tx = new TransactionTemplate(transactions);
        this.maxBytes = maxBytes;
        this.maxRows = maxRows;
    }

    long maxBytes() {
        return maxBytes;
    }

    int maxRows() {
        return maxRows;
    }

    /** What came of a file: the counts, the notes and the errors (empty when the file was written). */
    record Outcome(int rows, int created, int updated, int unchanged, List<String> notes,
            List<ImportRun.Line> errors, List<ImportRun.Warning> warnings) {

        Outcome(int rows, int created, int updated, int unchanged, List<String> notes, List<ImportRun.Line> errors) {
            this(rows, created, updated, unchanged, notes, errors, List.of());
        }
    }

    /** Imports the file into the school and records the run; returns the run's id. */
    long run(long schoolId, String schoolName, CurrentUser user, String fileName, byte[] bytes) {
        Instant started = Instant.now();
        Locale locale = LocaleContextHolder.getLocale();
        Outcome outcome;
        try {
            if (bytes.length > maxBytes) {
                throw new ImportFileException("import.file.tooLarge", megabytes(bytes.length), megabytes(maxBytes));
            }
            ImportTable table = ImportFiles.read(bytes, fileName, maxRows);
            outcome = tx.execute(status -> write(schoolId, schoolName, table, status, locale));
        } catch (ImportFileException e) {
            outcome = new Outcome(0, 0, 0, 0, List.of(),
                    List.of(new ImportRun.Line(null, null, text(e.problem(), locale))));
        } catch (DataAccessException e) {
            outcome = new Outcome(0, 0, 0, 0, List.of(),
                    List.of(new ImportRun.Line(null, null, text(new ImportProblem("import.failed"), locale))));
        }
        ImportRun run = new ImportRun(schoolId, user.id(), user.fullName(),
                fileName == null || fileName.isBlank() ? "—" : fileName, started);
        run.finish(outcome.errors().isEmpty() ? ImportRun.Status.DONE : ImportRun.Status.REJECTED, outcome.rows(),
                outcome.created(), outcome.updated(), outcome.unchanged(),
                new ImportRun.Report(outcome.notes(), outcome.errors(), outcome.warnings()));
        return runs.save(run).getId();
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f", bytes / 1048576.0).replace('.', ',');
    }

    private String text(ImportProblem problem, Locale locale) {
        return messages.getMessage(problem.key(), problem.args(), locale);
    }

    // ---- one transaction: read what the school has, check every row, write only if all rows are right

    /** A person the school already has, detached, with the class of this academic year and the mentor entry. */
    private record Existing(Person person, StudentClass currentClass, MentorProfile mentor) {}

    /** A row that passed the checks: what to write, or nothing when it changes nothing. */
    private record Plan(int row, PersonKind kind, Long personId, PersonForm form, MentorForm mentor, boolean changed) {}

    private Outcome write(long schoolId, String schoolName, ImportTable table, TransactionStatus status,
            Locale locale) {
        LocalDate today = people.today();
        int year = AcademicYear.of(today);
        List<String> notes = new ArrayList<>();
        table.notes().forEach(n -> notes.add(text(n, locale)));
        Map<ImportColumn, Integer> columns = columns(table.headers(), schoolName, notes, locale);

        // Everyone the school has, once, keyed for matching
        List<Person> all = em.createQuery("select p from Person p where p.schoolId = :s", Person.class)
                .setParameter("s", schoolId).getResultList();
        Map<Long, StudentClass> currentClasses = em.createQuery("select c from StudentClass c, Person p"
                        + " where p.id = c.key.personId and p.schoolId = :s and c.key.academicYear = :y",
                        StudentClass.class)
                .setParameter("s", schoolId).setParameter("y", year).getResultStream()
                .collect(Collectors.toMap(StudentClass::personId, Function.identity()));
        Map<Long, MentorProfile> mentorEntries = em.createQuery(
                        "select m from MentorProfile m where m.schoolId = :s", MentorProfile.class)
                .setParameter("s", schoolId).getResultStream()
                .collect(Collectors.toMap(MentorProfile::getPersonId, Function.identity()));
        // whose consent is in force today (a minor enters the mentor base only with one), and the school's kind (who
        // counts as an adult, see Adulthood)
        Set<Long> consented = new HashSet<>();
        for (Object id : em.createNativeQuery("select distinct k.person_id from consent k join person p"
                        + " on p.id = k.person_id where p.school_id = ?1 and k.revoked_on is null and k.given_on <= ?2"
                        + " and (k.valid_until is null or k.valid_until >= ?2)")
                .setParameter(1, schoolId).setParameter(2, today).getResultList()) {
            consented.add(((Number) id).longValue());
        }
        SchoolKind schoolKind = SchoolKind.valueOf((String) em.createNativeQuery(
                "select kind from schools_school_v where id = ?1").setParameter(1, schoolId).getSingleResult());
        em.clear();
        Map<String, Existing> byKey = new HashMap<>();
        Map<String, List<Existing>> byName = new HashMap<>();
        for (Person p : all) {
            Existing e = new Existing(p, currentClasses.get(p.getId()), mentorEntries.get(p.getId()));
            if (p.getExternalKey() != null) {
                byKey.put(p.getKind() + "\u0000" + p.getExternalKey(), e);
            }
            byName.computeIfAbsent(p.getKind() + "\u0000" + Person.searchKey(p.fullName()), k -> new ArrayList<>())
                    .add(e);
        }

        List<ImportRun.Line> errors = new ArrayList<>();
        List<Plan> plans = new ArrayList<>();
        Map<String, Integer> keysSeen = new HashMap<>();
        Map<String, Integer> identitiesSeen = new HashMap<>();
        for (ImportTable.Row row : table.rows()) {
            RowCheck check = new RowCheck(row, columns, errors, locale);
            Plan plan = check.plan(today, byKey, byName, keysSeen, identitiesSeen, consented, schoolKind);
            if (plan != null) {
                plans.add(plan);
            }
        }
        List<ImportRun.Warning> warnings = namesakes(schoolId, plans, locale);
        int rows = table.rows().size();
        if (!errors.isEmpty()) {
            status.setRollbackOnly();
            errors.sort(Comparator.comparing(ImportRun.Line::row, Comparator.nullsFirst(Comparator.naturalOrder())));
            return new Outcome(rows, 0, 0, 0, notes, errors, warnings);
        }

        // Write the changed rows in batches: load the matched persons of a batch at once, flush and clear after it
        em.unwrap(Session.class).setJdbcBatchSize(100);
        int created = 0;
        int updated = 0;
        List<Plan> changed = plans.stream().filter(Plan::changed).toList();
        for (int from = 0; from < changed.size(); from += BATCH) {
            List<Plan> batch = changed.subList(from, Math.min(changed.size(), from + BATCH));
            List<Long> ids = batch.stream().map(Plan::personId).filter(Objects::nonNull).toList();
            Map<Long, Person> loaded = ids.isEmpty() ? Map.of() : persons.findByIdIn(ids).stream()
                    .collect(Collectors.toMap(Person::getId, Function.identity()));
            Map<Long, StudentClass> loadedClasses = ids.isEmpty() ? Map.of() : classes.findForYear(ids, year).stream()
                    .collect(Collectors.toMap(StudentClass::personId, Function.identity()));
            Map<Long, MentorProfile> loadedMentors = ids.isEmpty() ? Map.of() : mentors.findByPersonIdIn(ids).stream()
                    .collect(Collectors.toMap(MentorProfile::getPersonId, Function.identity()));
            for (Plan plan : batch) {
                PersonForm f = plan.form();
                Person person = plan.personId() == null ? new Person(schoolId, plan.kind()) : loaded.get(plan.personId());
                person.rename(f.getLastName(), f.getFirstName(), f.getMiddleName());
                person.details(f.getBirthDate(), f.getExternalKey(), f.getPosition(), f.getSubjects(),
                        f.getTeachingSince(), f.isNewStaff(), f.getExternalKind(), f.getOrganisation());
                if (plan.personId() == null) {
                    em.persist(person);
                    created++;
                } else {
                    updated++;
                }
                if (plan.kind() == PersonKind.STUDENT && f.getGrade() != null) {
                    StudentClass current = loadedClasses.get(person.getId());
                    if (current == null) {
                        em.persist(new StudentClass(person.getId(), year, f.getGrade(), f.getLetter()));
                    } else {
                        current.set(f.getGrade(), f.getLetter());
                    }
                }
                MentorForm m = plan.mentor();
                if (m != null) {
                    MentorProfile profile = loadedMentors.get(person.getId());
                    boolean isNew = profile == null;
                    if (isNew) {
                        profile = new MentorProfile(person.getId(), schoolId, today);
                    }
                    profile.update(m.getCompetences(), m.getCapacity(), m.getTrainingDate(), m.getTrainingProgramme(),
                            true);
                    if (isNew) {
                        em.persist(profile);
                    }
                }
            }
            em.flush();
            em.clear();
        }
        return new Outcome(rows, created, updated, plans.size() - changed.size(), notes, List.of(), warnings);
    }

    /**
     * Issue 16 point 5: the rows that create a person whom the municipality already has under another record (same
     * full name and birth date; the school's own person of the same kind is matched and updated instead), and the
     * rows naming the person of an earlier row of another category. The row is still written (a file cannot say «this
     * is another person»); the report warns and links the school's own record, so the curator can merge the two.
     */
    private List<ImportRun.Warning> namesakes(long schoolId, List<Plan> plans, Locale locale) {
        Map<String, Plan> created = new java.util.LinkedHashMap<>();
        Map<String, Plan> firstRow = new HashMap<>();
        List<ImportRun.Warning> warnings = new ArrayList<>();
        for (Plan plan : plans) {
            PersonForm f = plan.form();
            if (f.getBirthDate() == null) {
                continue;
            }
            String key = Duplicates.key(f.getLastName(), f.getFirstName(), f.getMiddleName()) + "\u0000"
                    + f.getBirthDate();
            Plan earlier = firstRow.putIfAbsent(key, plan);
            if (earlier != null && earlier.kind() != plan.kind()) {
                warnings.add(new ImportRun.Warning(plan.row(), text(new ImportProblem("import.warning.row",
                        String.valueOf(earlier.row())), locale), earlier.personId()));
            }
            if (plan.personId() == null) {
                created.putIfAbsent(key, plan);
            }
        }
        if (created.isEmpty()) {
            return warnings;
        }
        Map<String, List<Duplicates.Hit>> existing = duplicates.byKeyAndBirthDate(schoolId, created.values().stream()
                .map(p -> Duplicates.key(p.form().getLastName(), p.form().getFirstName(), p.form().getMiddleName()))
                .collect(Collectors.toSet()));
        for (Map.Entry<String, Plan> e : created.entrySet()) {
            for (Duplicates.Hit hit : existing.getOrDefault(e.getKey(), List.of())) {
                warnings.add(new ImportRun.Warning(e.getValue().row(), text(new ImportProblem(hit.sameSchool()
                        ? "import.warning.existing" : "import.warning.existingOther", hit.schoolName()), locale),
                        hit.sameSchool() ? hit.id() : null));
            }
        }
        warnings.sort(Comparator.comparing(ImportRun.Warning::row));
        return warnings;
    }

    /** Maps the header row to columns; notes the ignored school column, unknown and repeated headers. */
    private Map<ImportColumn, Integer> columns(List<String> headers, String schoolName, List<String> notes,
            Locale locale) {
        Map<ImportColumn, Integer> columns = new EnumMap<>(ImportColumn.class);
        for (int i = 0; i < headers.size(); i++) {
            String header = headers.get(i) == null ? "" : headers.get(i).strip();
            if (header.isEmpty()) {
                continue;
            }
            var column = ImportColumn.ofHeader(header);
            if (column.isPresent()) {
                if (columns.putIfAbsent(column.get(), i) != null) {
                    notes.add(text(new ImportProblem("import.note.repeatedColumn", header), locale));
                }
            } else if (ImportColumn.SCHOOL_HEADERS.contains(ImportColumn.normalise(header))) {
                notes.add(text(new ImportProblem("import.note.schoolColumn", header, schoolName), locale));
            } else {
                notes.add(text(new ImportProblem("import.note.unknownColumn", header), locale));
            }
        }
        List<String> missing = ImportColumn.REQUIRED.stream().filter(c -> !columns.containsKey(c))
                .map(c -> "«" + c.header + "»").toList();
        if (!missing.isEmpty()) {
            throw new ImportFileException("import.file.missingColumns", String.join(", ", missing));
        }
        return columns;
    }

    /** The checks of one row, collecting its errors. */
    private final class RowCheck {

        private final ImportTable.Row row;
        private final Map<ImportColumn, Integer> columns;
        private final List<ImportRun.Line> errors;
        private final Locale locale;
        private final Set<ImportColumn> unreadable = new HashSet<>();
        private boolean failed;

        RowCheck(ImportTable.Row row, Map<ImportColumn, Integer> columns, List<ImportRun.Line> errors, Locale locale) {
            this.row = row;
            this.columns = columns;
            this.errors = errors;
            this.locale = locale;
        }

        boolean has(ImportColumn column) {
            return columns.containsKey(column);
        }

        /** The cell stripped, "" when blank, null when the file has no such column. */
        String value(ImportColumn column) {
            Integer index = columns.get(column);
            return index == null ? null : row.cell(index).replace('\u00A0', ' ').strip();
        }

        void error(ImportColumn column, String key, Object... args) {
            errors.add(new ImportRun.Line(row.number(), column == null ? null : column.header,
                    messages.getMessage(key, args, locale)));
            failed = true;
        }

        void unreadable(ImportColumn column, String key, Object... args) {
            error(column, key, args);
            unreadable.add(column);
        }

        Plan plan(LocalDate today, Map<String, Existing> byKey, Map<String, List<Existing>> byName,
                Map<String, Integer> keysSeen, Map<String, Integer> identitiesSeen, Set<Long> consented,
                SchoolKind schoolKind) {
            String category = value(ImportColumn.CATEGORY);
            PersonKind kind = kind(category);
            if (kind == null) {
                error(ImportColumn.CATEGORY, category.isEmpty() ? "import.category.required"
                        : "import.category.invalid", category);
                return null;
            }
            String key = Person.blankToNull(value(ImportColumn.KEY));
            String lastName = value(ImportColumn.LAST_NAME);
            String firstName = value(ImportColumn.FIRST_NAME);
            String middleName = has(ImportColumn.MIDDLE_NAME) ? value(ImportColumn.MIDDLE_NAME) : "";
            LocalDate birthDate = date(ImportColumn.BIRTH_DATE);
            String fullName = middleName.isEmpty() ? lastName + " " + firstName
                    : lastName + " " + firstName + " " + middleName;
            String searchName = Person.searchKey(fullName);

            // Who this row is: the school's person with the same identifier, else with the same name
            Existing match = key == null ? null : byKey.get(kind + "\u0000" + key);
            if (match == null && !lastName.isEmpty() && !firstName.isEmpty()) {
                List<Existing> candidates = byName.getOrDefault(kind + "\u0000" + searchName, List.of()).stream()
                        .filter(e -> key == null || e.person().getExternalKey() == null)
                        .filter(e -> kind != PersonKind.STUDENT || birthDate == null
                                || e.person().getBirthDate() == null || birthDate.equals(e.person().getBirthDate()))
                        .toList();
                if (candidates.size() == 1) {
                    match = candidates.get(0);
                } else if (candidates.size() > 1) {
                    error(key == null ? ImportColumn.LAST_NAME : ImportColumn.KEY, "import.ambiguous",
                            String.valueOf(candidates.size()));
                }
            }
            boolean keyRepeated = false;
            if (key != null) {
                Integer first = keysSeen.putIfAbsent(kind + "\u0000" + key, row.number());
                if (first != null) {
                    error(ImportColumn.KEY, "import.duplicateKey", String.valueOf(first));
                    keyRepeated = true;
                }
            }
            String identity = match != null ? "id:" + match.person().getId()
                    : key != null ? "key:" + kind + "\u0000" + key
                    : "name:" + kind + "\u0000" + searchName + "\u0000"
                            + (kind == PersonKind.STUDENT && birthDate != null ? birthDate : "");
            Integer firstRow = identitiesSeen.putIfAbsent(identity, row.number());
            if (firstRow != null && !keyRepeated) {
                error(key != null ? ImportColumn.KEY : ImportColumn.LAST_NAME, "import.duplicate",
                        String.valueOf(firstRow));
            }

            // A person whose processing stopped (consent withdrawn or expired) is read-only: the file may not change them
            if (match != null && match.person().processingStopped()) {
                error(key != null ? ImportColumn.KEY : ImportColumn.LAST_NAME, "import.processingStopped");
                return null;
            }

            // The form as the curator would have filled it: the stored data, overwritten by the file's columns
            PersonForm form = match == null ? new PersonForm() : PersonForm.of(match.person(), match.currentClass());
            PersonForm before = match == null ? null : PersonForm.of(match.person(), match.currentClass());
            form.setLastName(lastName);
            form.setFirstName(firstName);
            if (has(ImportColumn.MIDDLE_NAME)) {
                form.setMiddleName(middleName);
            }
            if (key != null) {
                form.setExternalKey(key);
            }
            if (has(ImportColumn.BIRTH_DATE)) {
                form.setBirthDate(birthDate);
            }
            if (kind == PersonKind.STUDENT && has(ImportColumn.CLASS)) {
                schoolClass(form, value(ImportColumn.CLASS));
            }
            if (kind == PersonKind.TEACHER) {
                if (has(ImportColumn.POSITION)) {
                    form.setPosition(value(ImportColumn.POSITION));
                }
                if (has(ImportColumn.SUBJECTS)) {
                    form.setSubjects(value(ImportColumn.SUBJECTS));
                }
                if (has(ImportColumn.TEACHING_SINCE)) {
                    form.setTeachingSince(date(ImportColumn.TEACHING_SINCE));
                }
                if (has(ImportColumn.NEW_STAFF)) {
                    form.setNewStaff(Boolean.TRUE.equals(yesNo(ImportColumn.NEW_STAFF)));
                }
            }
            if (kind == PersonKind.EXTERNAL) {
                if (has(ImportColumn.EXTERNAL_KIND)) {
                    form.setExternalKind(externalKind(value(ImportColumn.EXTERNAL_KIND)));
                }
                if (has(ImportColumn.ORGANISATION)) {
                    form.setOrganisation(value(ImportColumn.ORGANISATION));
                }
            }
            BeanPropertyBindingResult personErrors = new BeanPropertyBindingResult(form, "personForm");
            validator.validate(form, personErrors);
            PeopleRegistry.check(kind, form, today, personErrors);
            // A birth date that does not fit the class is refused: a file cannot say «the date is right», so the row
            // names the fix (correct the cell, or confirm the date in the person's form). A date the register already
            // holds for this person (entered, and confirmed, in the form) is not asked about again.
            boolean knownDate = match != null && form.getBirthDate() != null
                    && form.getBirthDate().equals(match.person().getBirthDate());
            if (!knownDate && PeopleRegistry.implausibleBirthDate(kind, form, schoolKind, today, personErrors)) {
                personErrors.rejectValue("birthDate", "import.birthDate.implausible",
                        new Object[] {form.getGrade(), form.getGrade() + StudentClass.YOUNGEST_OFFSET,
                                form.getGrade() + StudentClass.OLDEST_OFFSET}, null);
            }
            report(personErrors);

            // The mentor base entry when «Наставник» says yes
            MentorForm mentor = null;
            boolean mentorChanged = false;
            if (Boolean.TRUE.equals(yesNo(ImportColumn.MENTOR))) {
                MentorProfile stored = match == null ? null : match.mentor();
                mentor = stored == null ? new MentorForm() : MentorForm.of(stored);
                if (has(ImportColumn.COMPETENCES)) {
                    mentor.setCompetences(value(ImportColumn.COMPETENCES));
                }
                Integer capacity = number(ImportColumn.CAPACITY);
                if (capacity != null) {
                    mentor.setCapacity(capacity);
                }
                if (has(ImportColumn.TRAINING_DATE)) {
                    mentor.setTrainingDate(date(ImportColumn.TRAINING_DATE));
                }
                if (has(ImportColumn.TRAINING_PROGRAMME)) {
                    mentor.setTrainingProgramme(value(ImportColumn.TRAINING_PROGRAMME));
                }
                BeanPropertyBindingResult mentorErrors = new BeanPropertyBindingResult(mentor, "mentorForm");
                validator.validate(mentor, mentorErrors);
                boolean minor = Adulthood.minor(kind, form.getBirthDate(), form.getGrade(), schoolKind, today);
                if (kind == PersonKind.STUDENT && minor && mentor.getCapacity() != null
                        && mentor.getCapacity() > 5) {
                    mentorErrors.rejectValue("capacity", "mentor.capacity.student");
                }
                report(mentorErrors);
                if (minor && (match == null || !consented.contains(match.person().getId()))) {
                    // as in the mentor form: a minor enters the base only with a consent in force
                    error(ImportColumn.MENTOR, "import.consentRequired");
                }
                mentorChanged = stored == null || !stored.isInBase()
                        || !Objects.equals(stored.getCompetences(), Person.blankToNull(mentor.getCompetences()))
                        || !Objects.equals(stored.getCapacity(), mentor.getCapacity())
                        || !Objects.equals(stored.getTrainingDate(), mentor.getTrainingDate())
                        || !Objects.equals(stored.getTrainingProgramme(),
                                Person.blankToNull(mentor.getTrainingProgramme()));
            }
            if (failed) {
                return null;
            }
            boolean changed = match == null || !same(kind, before, form) || mentorChanged;
            return new Plan(row.number(), kind, match == null ? null : match.person().getId(), form, mentor, changed);
        }

        private void report(BeanPropertyBindingResult result) {
            for (FieldError e : result.getFieldErrors()) {
                ImportColumn column = ImportColumn.ofField(e.getField());
                if (!unreadable.contains(column)) {
                    errors.add(new ImportRun.Line(row.number(), column == null ? null : column.header,
                            messages.getMessage(e, locale)));
                    failed = true;
                }
            }
        }

        private LocalDate date(ImportColumn column) {
            String v = value(column);
            if (v == null || v.isEmpty()) {
                return null;
            }
            for (DateTimeFormatter f : List.of(RU_DATE, ISO_DATE)) {
                try {
                    return LocalDate.parse(v, f);
                } catch (DateTimeParseException e) {
                    // try the next format
                }
            }
            unreadable(column, "import.date.invalid", v);
            return null;
        }

        private Boolean yesNo(ImportColumn column) {
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

        private Integer number(ImportColumn column) {
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

        private void schoolClass(PersonForm form, String v) {
            if (v.isEmpty()) {
                form.setGrade(null);
                form.setLetter(null);
                return;
            }
            Matcher m = CLASS.matcher(v.replace('«', '"').replace('»', '"').replace('“', '"').replace('”', '"')
                    .replace('„', '"'));
            if (!m.matches()) {
                unreadable(ImportColumn.CLASS, "import.class.invalid", v);
                return;
            }
            form.setGrade(Integer.valueOf(m.group(1)));
            form.setLetter(cyrillic(m.group(2).toUpperCase(Locale.ROOT)));
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

        private ExternalKind externalKind(String v) {
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

    static PersonKind kind(String category) {
        String s = category == null ? "" : category.toLowerCase(Locale.ROOT).replace('ё', 'е').strip();
        return switch (s) {
            case "обучающийся", "обучающаяся", "ученик", "ученица" -> PersonKind.STUDENT;
            case "педагог", "учитель" -> PersonKind.TEACHER;
            case "внешний", "внешняя", "внешний наставник", "внешний участник" -> PersonKind.EXTERNAL;
            default -> null;
        };
    }

    /** Whether the form changes nothing the person has for their kind. */
    static boolean same(PersonKind kind, PersonForm a, PersonForm b) {
        boolean same = eq(a.getLastName(), b.getLastName()) && eq(a.getFirstName(), b.getFirstName())
                && eq(a.getMiddleName(), b.getMiddleName()) && Objects.equals(a.getBirthDate(), b.getBirthDate())
                && eq(a.getExternalKey(), b.getExternalKey());
        return same && switch (kind) {
            case STUDENT -> Objects.equals(a.getGrade(), b.getGrade()) && eq(upper(a.getLetter()), upper(b.getLetter()));
            case TEACHER -> eq(a.getPosition(), b.getPosition()) && eq(a.getSubjects(), b.getSubjects())
                    && Objects.equals(a.getTeachingSince(), b.getTeachingSince()) && a.isNewStaff() == b.isNewStaff();
            case EXTERNAL -> a.getExternalKind() == b.getExternalKind() && eq(a.getOrganisation(), b.getOrganisation());
        };
    }

    private static boolean eq(String a, String b) {
        return Objects.equals(Person.blankToNull(a), Person.blankToNull(b));
    }

    private static String upper(String s) {
        return s == null ? null : s.strip().toUpperCase(Locale.ROOT);
    }
}
