package ru.edu.mentoring.people;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.task.TaskExecutor;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.validation.SmartValidator;
import ru.edu.mentoring.accounts.CurrentUser;
import ru.edu.mentoring.schools.SchoolKind;
import ru.edu.mentoring.shared.AcademicYear;
import ru.edu.mentoring.web.Xlsx;

/**
 * Bulk import of a school's students, teachers and external people (and their mentor entries) from an XLSX or CSV
 * file, in steps (issue 17): the upload is kept ({@link ImportUploads}); the curator matches the file's columns to the
 * portal's fields and sees a preview of the first rows and the counts of new, changed, unchanged and refused rows,
 * computed by the same check as the write but written nowhere ({@link #preview}); the confirmed write runs on a
 * background thread with its progress kept on the upload ({@link #start}). Good rows are written and refused ones
 * reported (and downloadable alone), unless the curator asked for all-or-nothing. Re-importing a file updates the
 * people it matched instead of creating them again, so the same file twice changes nothing.
 *
 * <p>The steps, each in its own class: the file is read into rows ({@link ImportFiles}), its columns are matched to
 * the portal's fields ({@link ImportMapping}), each row's cells are read as values ({@link ImportCells}) and checked
 * against what the school has ({@link ImportSchool}, {@link ImportRowCheck}), the rows are written
 * ({@link ImportWriter}) and the run is reported ({@link ImportReport}).
 */
@Service
class PersonImport {

    private static final Logger LOG = LoggerFactory.getLogger(PersonImport.class);
    /** Rows of the preview. */
    static final int PREVIEW_ROWS = 10;
    /** Progress is saved after every so many rows checked. */
    private static final int PROGRESS_STEP = 250;

    private final EntityManager em;
    private final ImportRunRepository runs;
    private final ImportUploads uploads;
    private final SmartValidator validator;
    private final MessageSource messages;
    private final People people;
    private final ImportWriter writer;
    private final ImportReport report;
    private final TransactionTemplate tx;
    private final TransactionTemplate readOnly;
    private final TaskExecutor executor;
    private final long maxBytes;
    private final int maxRows;

    PersonImport(EntityManager em, ImportRunRepository runs, ImportUploads uploads, SmartValidator validator,
            MessageSource messages, People people, ImportWriter writer, ImportReport report,
            PlatformTransactionManager transactions, @Qualifier("applicationTaskExecutor") TaskExecutor executor,
            @Value("${app.import.max-bytes:2097152}") long maxBytes, @Value("${app.import.max-rows:5000}") int maxRows) {
        this.em = em;
        this.runs = runs;
        this.uploads = uploads;
        this.validator = validator;
        this.messages = messages;
        this.people = people;
        this.writer = writer;
        this.report = report;
        this.tx = new TransactionTemplate(transactions);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.executor = executor;
        this.maxBytes = maxBytes;
        this.maxRows = maxRows;
    }

    private PersonMoves moves;

    @org.springframework.beans.factory.annotation.Autowired
    void setMoves(PersonMoves moves) {
        this.moves = moves;
    }

    long maxBytes() {
        return maxBytes;
    }

    int maxRows() {
        return maxRows;
    }

    // ---- step 1: the upload

    /** What came of an upload: the upload kept for the next step, or the run that refused the file whole. */
    record Uploaded(Long uploadId, Long runId) {}

    /**
     * Keeps the file for the next steps when it can be read; a file that cannot (too large, empty, of another type) is
     * refused whole at once and recorded as a run, as before.
     */
    Uploaded upload(long schoolId, CurrentUser user, String fileName, byte[] bytes, PersonKind category) {
        String name = fileName == null || fileName.isBlank() ? "—" : fileName;
        Instant started = Instant.now();
        Locale locale = LocaleContextHolder.getLocale();
        try {
            if (bytes.length > maxBytes) {
                throw new ImportFileException("import.file.tooLarge", ImportReport.megabytes(bytes.length),
                        ImportReport.megabytes(maxBytes));
            }
            List<String> sheets = ImportFiles.sheetNames(bytes, fileName);
            if (sheets.size() <= 1) {
                ImportFiles.read(bytes, fileName, maxRows, 0);
            }
            return new Uploaded(uploads.create(schoolId, user.id(), name, bytes, sheets.size(), category), null);
        } catch (ImportFileException e) {
            return new Uploaded(null, record(schoolId, user, name, started, report.refused(e.problem(), locale)));
        }
    }

    /** The sheets of an upload's file, by name (empty for one sheet or a CSV). */
    List<String> sheetNames(ImportUploads.Upload upload) {
        return upload.bytes() == null ? List.of() : ImportFiles.sheetNames(upload.bytes(), upload.fileName());
    }

    // ---- step 2: the column matching and its preview

    /** A column of the file: its header, the first values, and the portal's field chosen for it. */
    record FileColumn(int index, String header, List<String> samples, String choice) {}

    /** A row of the preview as it will be saved (or refused, with why). */
    record PreviewRow(int row, String status, PersonKind kind, String lastName, String firstName, String middleName,
            String schoolClass, LocalDate birthDate, List<ImportRun.Line> errors) {}

    /**
     * The matching step's page: the columns with their choices, whether they were remembered from the school's last
     * file of this shape, the required fields no column gives, the counts and the first rows as they will be saved.
     * {@code fileError} when the file (its chosen sheet) cannot be read.
     */
    record Preview(List<FileColumn> columns, boolean remembered, List<String> missing, int rows, int created,
            int changed, int unchanged, int refused, List<PreviewRow> first, List<String> notes, String fileError) {

        public boolean ready() {
            return fileError == null && missing.isEmpty();
        }
    }

    /** The matching, the preview and the counts of an upload, checked like the write but written nowhere. */
    Preview preview(ImportUploads.Upload upload, String schoolName) {
        Locale locale = LocaleContextHolder.getLocale();
        ImportTable table;
        try {
            table = ImportFiles.read(upload.bytes(), upload.fileName(), maxRows, upload.sheetIndex());
        } catch (ImportFileException e) {
            return new Preview(List.of(), false, List.of(), 0, 0, 0, 0, 0, List.of(), List.of(),
                    report.text(e.problem(), locale));
        }
        boolean remembered = false;
        List<String> choices;
        if (upload.mapping() != null) {
            choices = ImportMapping.fit(upload.mapping(), table.headers().size());
        } else {
            Map<String, String> memory = uploads.remembered(upload.schoolId(), ImportMapping.shape(table.headers()));
            remembered = !memory.isEmpty();
            choices = remembered ? ImportMapping.rememberedChoices(table.headers(), memory)
                    : ImportMapping.guessChoices(table.headers());
        }
        List<FileColumn> columns = new ArrayList<>();
        for (int i = 0; i < table.headers().size(); i++) {
            List<String> samples = new ArrayList<>();
            for (ImportTable.Row row : table.rows()) {
                String v = row.cell(i).strip();
                if (!v.isEmpty()) {
                    samples.add(v.length() > 60 ? v.substring(0, 60) + "…" : v);
                }
                if (samples.size() == 3) {
                    break;
                }
            }
            columns.add(new FileColumn(i, table.headers().get(i) == null ? "" : table.headers().get(i), samples,
                    choices.get(i)));
        }
        ImportMapping.Prepared prepared = ImportMapping.prepare(table, choices, upload.category());
        if (!prepared.missing().isEmpty()) {
            return new Preview(columns, remembered, prepared.missing(), table.rows().size(), 0, 0, 0, 0, List.of(),
                    List.of(), null);
        }
        Checked checked = readOnly.execute(status -> check(upload.schoolId(), schoolName, prepared, choices, locale,
                (done, total) -> { }));
        Map<Integer, ImportPlan> plans = new HashMap<>();
        checked.plans().forEach(p -> plans.put(p.row(), p));
        Map<Integer, List<ImportRun.Line>> errors = checked.errorsByRow();
        List<PreviewRow> first = new ArrayList<>();
        for (ImportTable.Row row : prepared.table().rows().subList(0, Math.min(PREVIEW_ROWS,
                prepared.table().rows().size()))) {
            ImportPlan plan = plans.get(row.number());
            if (plan == null) {
                first.add(new PreviewRow(row.number(), "REFUSED", null, null, null, null, null, null,
                        errors.getOrDefault(row.number(), List.of())));
            } else {
                SavePerson p = plan.person();
                String schoolClass = plan.kind() == PersonKind.STUDENT && p.grade() != null
                        ? p.grade() + (p.letter() == null ? "" : p.letter()) : null;
                first.add(new PreviewRow(row.number(), status(plan), plan.kind(), p.lastName(), p.firstName(),
                        p.middleName(), schoolClass, p.birthDate(), List.of()));
            }
        }
        return new Preview(columns, remembered, List.of(), checked.rows(), checked.count("NEW"),
                checked.count("CHANGED"), checked.count("UNCHANGED"), errors.size(), first, checked.notes(), null);
    }

    private static String status(ImportPlan plan) {
        return plan.personId() == null ? "NEW" : plan.changed() ? "CHANGED" : "UNCHANGED";
    }

    /** The checked rows of a file: the plans of the good rows, the errors of the others, notes and warnings. */
    record Checked(int rows, List<ImportPlan> plans, List<ImportRun.Line> errors, List<String> notes,
            List<ImportRun.Warning> warnings) {

        int count(String status) {
            return (int) plans.stream().filter(p -> status(p).equals(status)).count();
        }

        Map<Integer, List<ImportRun.Line>> errorsByRow() {
            Map<Integer, List<ImportRun.Line>> byRow = new LinkedHashMap<>();
            for (ImportRun.Line line : errors) {
                byRow.computeIfAbsent(line.row(), r -> new ArrayList<>()).add(line);
            }
            return byRow;
        }
    }

    /** Reads what the school has and checks every row (in the caller's transaction); writes nothing. */
    private Checked check(long schoolId, String schoolName, ImportMapping.Prepared prepared, List<String> choices,
            Locale locale, BiConsumer<Integer, Integer> progress) {
        LocalDate today = people.today();
        int year = AcademicYear.of(today);
        ImportTable table = prepared.table();
        List<ImportProblem> fileNotes = new ArrayList<>(table.notes());
        for (int i = 0; i < table.headers().size(); i++) {
            String header = table.headers().get(i) == null ? "" : table.headers().get(i).strip();
            String normalised = ImportColumn.normalise(header);
            if (!header.isEmpty() && choices.get(i).equals(ImportMapping.SKIP)
                    && !ImportMapping.IGNORED_HEADERS.contains(normalised)) {
                fileNotes.add(ImportColumn.SCHOOL_HEADERS.contains(normalised)
                        ? new ImportProblem("import.note.schoolColumn", header, schoolName)
                        : new ImportProblem("import.note.skippedColumn", header));
            }
        }
        ImportSchool school = school(schoolId, today, year);
        if (prepared.mapping().has(ImportColumn.ACADEMIC_YEAR)) {
            school.classesOfYears(classesOfYears(schoolId)); // issue 17 point 7
        }
        List<ImportRun.Line> errors = new ArrayList<>();
        List<ImportPlan> plans = new ArrayList<>();
        ImportRowCheck check = new ImportRowCheck(school, validator, writer.bases(schoolId, schoolName));
        int done = 0;
        int total = table.rows().size();
        for (ImportTable.Row row : table.rows()) {
            ImportPlan plan = check.check(new ImportCells(row, prepared.mapping(), errors, messages, locale));
            if (plan != null) {
                plans.add(plan);
            }
            if (++done % PROGRESS_STEP == 0) {
                progress.accept(done, total);
            }
        }
        List<ImportRun.Warning> warnings = report.namesakes(schoolId, plans, locale);
        warnings.addAll(report.movedHere(school, plans, locale)); // issue 17 point 6
        fileNotes.addAll(check.notes()); // columns the portal does not keep, teachers without experience
        List<ImportRun.Line> sorted = new ArrayList<>(errors);
        sorted.sort(Comparator.comparing(ImportRun.Line::row, Comparator.nullsFirst(Comparator.naturalOrder())));
        return new Checked(total, plans, sorted, report.texts(fileNotes, locale), warnings);
    }

    // ---- step 3: the write, in the background

    /**
     * Saves the choices of the matching step, one per column of the file; false (nothing saved) when they are not one
     * per column or the upload is past that step (written, or being written).
     */
    boolean choose(ImportUploads.Upload upload, Integer sheet, PersonKind category, List<String> choices,
            boolean allOrNothing) {
        if (upload.bytes() == null) {
            return false;
        }
        try {
            ImportTable table = ImportFiles.read(upload.bytes(), upload.fileName(), maxRows, upload.sheetIndex());
            if (choices.size() != table.headers().size()) {
                return false;
            }
        } catch (ImportFileException e) {
            return false;
        }
        return uploads.choose(upload.id(), sheet, category, choices, allOrNothing);
    }

    /**
     * Starts the write of an upload as the user saw it ({@code version}) on a background thread, as the user (their
     * identity and school passed explicitly: the audit rows name them as before) and remembers the matching for the
     * school's next file of the same shape. False when the upload changed or is no longer waiting to be written.
     */
    boolean start(ImportUploads.Upload upload, int version, boolean allOrNothing, String schoolName, CurrentUser user) {
        if (upload.bytes() == null || !upload.sheetChosen()) {
            return false;
        }
        ImportTable table;
        try {
            table = ImportFiles.read(upload.bytes(), upload.fileName(), maxRows, upload.sheetIndex());
        } catch (ImportFileException e) {
            return false;
        }
        List<String> choices = upload.mapping() != null ? ImportMapping.fit(upload.mapping(), table.headers().size())
                : ImportMapping.rememberedChoices(table.headers(),
                        uploads.remembered(upload.schoolId(), ImportMapping.shape(table.headers())));
        ImportMapping.Prepared prepared = ImportMapping.prepare(table, choices, upload.category());
        if (!prepared.missing().isEmpty()
                || !uploads.startWriting(upload.id(), version, allOrNothing, table.rows().size() * 2)) {
            return false;
        }
        uploads.remember(upload.schoolId(), ImportMapping.shape(table.headers()),
                ImportMapping.byHeader(table.headers(), choices));
        Locale locale = LocaleContextHolder.getLocale();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(SecurityContextHolder.getContext().getAuthentication());
        Runnable write = () -> write(upload, table, prepared, choices, allOrNothing, schoolName, user, locale);
        executor.execute(new DelegatingSecurityContextRunnable(write, context));
        return true;
    }

    private void write(ImportUploads.Upload upload, ImportTable original, ImportMapping.Prepared prepared,
            List<String> choices, boolean allOrNothing, String schoolName, CurrentUser user, Locale locale) {
        Instant started = Instant.now();
        long schoolId = upload.schoolId();
        int rows = prepared.table().rows().size();
        ImportReport.Outcome outcome;
        List<ImportRun.Line> refusedLines = List.of();
        try {
            Checked[] checked = new Checked[1];
            outcome = tx.execute(status -> {
                Checked c = check(schoolId, schoolName, prepared, choices, locale,
                        (done, total) -> uploads.progress(upload.id(), done, total * 2));
                checked[0] = c;
                if (!c.errors().isEmpty() && allOrNothing) {
                    status.setRollbackOnly();
                    return ImportReport.rejected(rows, c.notes(), c.errors(), c.warnings());
                }
                List<ImportPlan> changed = c.plans().stream().filter(ImportPlan::changed).toList();
                int total = rows + changed.size();
                uploads.progress(upload.id(), rows, total);
                LocalDate today = people.today();
                int year = AcademicYear.of(today);
                int created = 0;
                int updated = 0;
                for (int from = 0; from < changed.size(); from += ImportWriter.BATCH) {
                    ImportWriter.Written written = writer.write(schoolId, year, today,
                            changed.subList(from, Math.min(changed.size(), from + ImportWriter.BATCH)));
                    created += written.created();
                    updated += written.updated();
                    uploads.progress(upload.id(), rows + Math.min(changed.size(), from + ImportWriter.BATCH), total);
                }
                return new ImportReport.Outcome(rows, created, updated, c.plans().size() - changed.size(), c.notes(),
                        c.errors(), c.warnings());
            });
            refusedLines = checked[0].errors();
        } catch (DataAccessException e) {
            outcome = report.refused(new ImportProblem("import.failed"), locale);
        } catch (RuntimeException e) {
            // never a stuck progress bar: the run is reported as failed (the log names the class only, no data)
            LOG.warn("import of upload {} failed: {}", upload.id(), e.getClass().getName());
            outcome = report.refused(new ImportProblem("import.failed"), locale);
        }
        long runId = record(schoolId, user, upload.fileName(), started, outcome);
        uploads.finish(upload.id(), runId, refusedLines.isEmpty() ? null : refusedRows(original, refusedLines, locale));
    }

    /** Records a run and returns its id: written whole, partly (some rows refused) or refused. */
    private long record(long schoolId, CurrentUser user, String fileName, Instant started,
            ImportReport.Outcome outcome) {
        ImportRun run = new ImportRun(schoolId, user.id(), user.fullName(),
                fileName == null || fileName.isBlank() ? "—" : fileName, started);
        boolean wrote = outcome.created() + outcome.updated() + outcome.unchanged() > 0;
        run.finish(outcome.errors().isEmpty() ? ImportRun.Status.DONE
                        : wrote ? ImportRun.Status.PARTIAL : ImportRun.Status.REJECTED, outcome.rows(),
                outcome.created(), outcome.updated(), outcome.unchanged(),
                new ImportRun.Report(outcome.notes(), outcome.errors(), outcome.warnings()));
        return runs.save(run).getId();
    }

    /**
     * The refused rows alone, in the file's own columns (as read) plus «Ошибка» with why, so the curator fixes them and
     * loads this file again (the import skips «Ошибка»).
     */
    byte[] refusedRows(ImportTable table, List<ImportRun.Line> errors, Locale locale) {
        Map<Integer, List<String>> why = new LinkedHashMap<>();
        for (ImportRun.Line line : errors) {
            if (line.row() != null) {
                why.computeIfAbsent(line.row(), r -> new ArrayList<>())
                        .add(line.column() == null ? line.message() : "«" + line.column() + "»: " + line.message());
            }
        }
        if (why.isEmpty()) {
            return null;
        }
        List<String> headers = new ArrayList<>();
        table.headers().forEach(h -> headers.add(h == null ? "" : h));
        headers.add(messages.getMessage("import.refused.column", null, locale));
        List<List<Object>> rows = new ArrayList<>();
        for (ImportTable.Row row : table.rows()) {
            List<String> reasons = why.get(row.number());
            if (reasons == null) {
                continue;
            }
            List<Object> cells = new ArrayList<>();
            for (int i = 0; i < table.headers().size(); i++) {
                String v = row.cell(i);
                cells.add(v == null || v.isEmpty() ? null : v);
            }
            cells.add(String.join("; ", reasons));
            rows.add(cells);
        }
        try (Xlsx xlsx = new Xlsx()) {
            return xlsx.sheet(messages.getMessage("import.refused.sheet", null, locale), headers, rows).toBytes();
        }
    }

    /** What the school has, read once (then detached): see {@link ImportSchool}. */
    private ImportSchool school(long schoolId, LocalDate today, int year) {
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
        ImportSchool school = new ImportSchool(schoolId, schoolKind, today, all, currentClasses, mentorEntries,
                consented);
        ImportElsewhere.attach(em, school, year, moves::curatorMayMove); // issue 17 point 6
        return school;
    }

    /** Issue 17 point 7: every class of every year of the school's students, by person and year (then detached). */
    private Map<Long, Map<Integer, StudentClass>> classesOfYears(long schoolId) {
        Map<Long, Map<Integer, StudentClass>> found = new java.util.HashMap<>();
        em.createQuery("select c from StudentClass c, Person p where p.id = c.key.personId and p.schoolId = :s",
                        StudentClass.class)
                .setParameter("s", schoolId).getResultStream()
                .forEach(c -> found.computeIfAbsent(c.personId(), k -> new java.util.HashMap<>()).put(c.academicYear(), c));
        em.clear();
        return found;
    }
}
