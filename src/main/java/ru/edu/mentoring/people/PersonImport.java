package ru.edu.mentoring.people;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.validation.SmartValidator;
import ru.edu.mentoring.accounts.CurrentUser;
import ru.edu.mentoring.schools.SchoolKind;
import ru.edu.mentoring.shared.AcademicYear;

/**
 * Bulk import of a school's students, teachers and external people (and their mentor entries) from an XLSX or CSV
 * file. The whole file is validated first with the rules of the forms; only a file without errors is written, in
 * one transaction. Re-importing a file updates the people it matched instead of creating them again.
 *
 * <p>The steps, each in its own class: the file is read into rows ({@link ImportFiles}), its columns are matched to
 * the portal's fields ({@link ImportMapping}), each row's cells are read as values ({@link ImportCells}) and checked
 * against what the school has ({@link ImportSchool}, {@link ImportRowCheck}), the rows are written
 * ({@link ImportWriter}) and the run is reported ({@link ImportReport}).
 */
@Service
class PersonImport {

    private final EntityManager em;
    private final ImportRunRepository runs;
    private final SmartValidator validator;
    private final MessageSource messages;
    private final People people;
    private final ImportWriter writer;
    private final ImportReport report;
    private final TransactionTemplate tx;
    private final long maxBytes;
    private final int maxRows;

    PersonImport(EntityManager em, ImportRunRepository runs, SmartValidator validator, MessageSource messages,
            People people, ImportWriter writer, ImportReport report, PlatformTransactionManager transactions,
            @Value("${app.import.max-bytes:2097152}") long maxBytes, @Value("${app.import.max-rows:5000}") int maxRows) {
        this.em = em;
        this.runs = runs;
        this.validator = validator;
        this.messages = messages;
        this.people = people;
        this.writer = writer;
        this.report = report;
        this.tx = new TransactionTemplate(transactions);
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

    /** Imports the file into the school and records the run; returns the run's id. */
    long run(long schoolId, String schoolName, CurrentUser user, String fileName, byte[] bytes) {
        Instant started = Instant.now();
        Locale locale = LocaleContextHolder.getLocale();
        ImportReport.Outcome outcome;
        try {
            if (bytes.length > maxBytes) {
                throw new ImportFileException("import.file.tooLarge", ImportReport.megabytes(bytes.length),
                        ImportReport.megabytes(maxBytes));
            }
            ImportTable table = ImportFiles.read(bytes, fileName, maxRows);
            outcome = tx.execute(status -> write(schoolId, schoolName, table, status, locale));
        } catch (ImportFileException e) {
            outcome = report.refused(e.problem(), locale);
        } catch (DataAccessException e) {
            outcome = report.refused(new ImportProblem("import.failed"), locale);
        }
        ImportRun run = new ImportRun(schoolId, user.id(), user.fullName(),
                fileName == null || fileName.isBlank() ? "—" : fileName, started);
        run.finish(outcome.errors().isEmpty() ? ImportRun.Status.DONE : ImportRun.Status.REJECTED, outcome.rows(),
                outcome.created(), outcome.updated(), outcome.unchanged(),
                new ImportRun.Report(outcome.notes(), outcome.errors(), outcome.warnings()));
        return runs.save(run).getId();
    }

    // ---- one transaction: read what the school has, check every row, write only if all rows are right

    private ImportReport.Outcome write(long schoolId, String schoolName, ImportTable table, TransactionStatus status,
            Locale locale) {
        LocalDate today = people.today();
        int year = AcademicYear.of(today);
        List<ImportProblem> fileNotes = new ArrayList<>(table.notes());
        ImportMapping mapping = ImportMapping.guess(table.headers(), schoolName, fileNotes);
        List<String> notes = report.texts(fileNotes, locale);

        ImportSchool school = school(schoolId, today, year);
        if (mapping.has(ImportColumn.ACADEMIC_YEAR)) {
            school.classesOfYears(classesOfYears(schoolId)); // issue 17 point 7
        }
        List<ImportRun.Line> errors = new ArrayList<>();
        List<ImportPlan> plans = new ArrayList<>();
        ImportRowCheck check = new ImportRowCheck(school, validator, writer.bases(schoolId, schoolName));
        for (ImportTable.Row row : table.rows()) {
            ImportPlan plan = check.check(new ImportCells(row, mapping, errors, messages, locale));
            if (plan != null) {
                plans.add(plan);
            }
        }
        notes = java.util.stream.Stream.concat(notes.stream(), report.texts(check.notes(), locale).stream()).toList();
        List<ImportRun.Warning> warnings = report.namesakes(schoolId, plans, locale);
        warnings.addAll(report.movedHere(school, plans, locale)); // issue 17 point 6
        int rows = table.rows().size();
        if (!errors.isEmpty()) {
            status.setRollbackOnly();
            return ImportReport.rejected(rows, notes, errors, warnings);
        }
        List<ImportPlan> changed = plans.stream().filter(ImportPlan::changed).toList();
        ImportWriter.Written written = writer.write(schoolId, year, today, changed);
        return new ImportReport.Outcome(rows, written.created(), written.updated(), plans.size() - changed.size(),
                notes, List.of(), warnings);
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
