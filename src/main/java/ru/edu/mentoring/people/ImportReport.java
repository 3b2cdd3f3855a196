package ru.edu.mentoring.people;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The report of an import in the user's language: the notes about the file, each refused row's errors (see
 * {@link ImportCells}), and the warnings about possible duplicates across the municipality.
 */
@Component
class ImportReport {

    private final MessageSource messages;
    private final Duplicates duplicates;

    ImportReport(MessageSource messages, Duplicates duplicates) {
        this.messages = messages;
        this.duplicates = duplicates;
    }

    /** What came of a file: the counts, the notes and the errors (empty when the file was written). */
    record Outcome(int rows, int created, int updated, int unchanged, List<String> notes,
            List<ImportRun.Line> errors, List<ImportRun.Warning> warnings) {

        Outcome(int rows, int created, int updated, int unchanged, List<String> notes, List<ImportRun.Line> errors) {
            this(rows, created, updated, unchanged, notes, errors, List.of());
        }
    }

    /** A file refused whole (unreadable, too large, without a required column): one error without a row. */
    Outcome refused(ImportProblem problem, Locale locale) {
        return new Outcome(0, 0, 0, 0, List.of(), List.of(new ImportRun.Line(null, null, text(problem, locale))));
    }

    /** A file whose rows have errors: nothing was written; the errors in the order of the rows. */
    static Outcome rejected(int rows, List<String> notes, List<ImportRun.Line> errors, List<ImportRun.Warning> warnings) {
        List<ImportRun.Line> sorted = new ArrayList<>(errors);
        sorted.sort(Comparator.comparing(ImportRun.Line::row, Comparator.nullsFirst(Comparator.naturalOrder())));
        return new Outcome(rows, 0, 0, 0, notes, sorted, warnings);
    }

    String text(ImportProblem problem, Locale locale) {
        return messages.getMessage(problem.key(), problem.args(), locale);
    }

    List<String> texts(List<ImportProblem> problems, Locale locale) {
        return problems.stream().map(p -> text(p, locale)).collect(Collectors.toCollection(ArrayList::new));
    }

    static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f", bytes / 1048576.0).replace('.', ',');
    }

    /**
     * Issue 16 point 5: the rows that create a person whom the municipality already has under another record (same
     * full name and birth date; the school's own person of the same kind is matched and updated instead), and the
     * rows naming the person of an earlier row of another category. The row is still written (a file cannot say «this
     * is another person»); the report warns and links the school's own record, so the curator can merge the two.
     */
    List<ImportRun.Warning> namesakes(long schoolId, List<ImportPlan> plans, Locale locale) {
        Map<String, ImportPlan> created = new LinkedHashMap<>();
        Map<String, ImportPlan> firstRow = new HashMap<>();
        List<ImportRun.Warning> warnings = new ArrayList<>();
        for (ImportPlan plan : plans) {
            SavePerson f = plan.person();
            if (f.birthDate() == null) {
                continue;
            }
            String key = Duplicates.key(f.lastName(), f.firstName(), f.middleName()) + "\u0000" + f.birthDate();
            ImportPlan earlier = firstRow.putIfAbsent(key, plan);
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
                .map(p -> Duplicates.key(p.person().lastName(), p.person().firstName(), p.person().middleName()))
                .collect(Collectors.toSet()));
        for (Map.Entry<String, ImportPlan> e : created.entrySet()) {
            for (Duplicates.Hit hit : existing.getOrDefault(e.getKey(), List.of())) {
                warnings.add(new ImportRun.Warning(e.getValue().row(), text(new ImportProblem(hit.sameSchool()
                        ? "import.warning.existing" : "import.warning.existingOther", hit.schoolName()), locale),
                        hit.sameSchool() ? hit.id() : null));
            }
        }
        warnings.sort(Comparator.comparing(ImportRun.Warning::row));
        return warnings;
    }

    /**
     * Issue 17 point 6: the rows matched to a person of another school of the municipality, moved to this school
     * instead of created again: «найден в другой школе муниципалитета — перевод».
     */
    List<ImportRun.Warning> movedHere(ImportSchool school, List<ImportPlan> plans, Locale locale) {
        List<ImportRun.Warning> moved = new ArrayList<>();
        for (ImportPlan plan : plans) {
            if (plan.personId() != null && school.fromElsewhere(plan.personId())) {
                moved.add(new ImportRun.Warning(plan.row(), text(new ImportProblem("import.elsewhere.moved",
                        school.elsewhereSchool(plan.personId())), locale), plan.personId()));
            }
        }
        return moved;
    }
}
