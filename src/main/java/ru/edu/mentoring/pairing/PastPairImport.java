package ru.edu.mentoring.pairing;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import ru.edu.mentoring.people.AcademicYearCell;
import ru.edu.mentoring.people.People;
import ru.edu.mentoring.schools.SchoolKind;

/**
 * Loads pairs of past academic years from a file (issue 17 point 7): each row one pair, its mentor and mentee found
 * among the school's people by full name (and birth date when the file gives one), then recorded through
 * {@link PairRegistration#createPast} in a transaction of its own — a good row is saved whatever the others, a refused
 * one says why with its row number. Each row's pair carries a token made from the school and the row's meaning (year,
 * form, mentor, mentee, dates), so loading the same file again finds every pair already there and changes nothing.
 */
@Service
class PastPairImport {

    /** What became of a row. */
    enum Status { SAVED, UNCHANGED, REFUSED }

    /** A row of the report: its number in the file, what became of it, why (refused) and the pair (saved). */
    record Line(int row, Status status, String message, Long pairId) {}

    record Report(int saved, int unchanged, int refused, List<Line> lines) {}

    private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ofPattern("d.M.uuuu"),
            DateTimeFormatter.ISO_LOCAL_DATE);

    private final PairRegistration registration;
    private final People people;
    private final MentoringFormRepository forms;
    private final MessageSource messages;

    PastPairImport(PairRegistration registration, People people, MentoringFormRepository forms,
            MessageSource messages) {
        this.registration = registration;
        this.people = people;
        this.forms = forms;
        this.messages = messages;
    }

    /** Reads the file and loads its rows; a file that cannot be read throws {@link PastPairFile.Refused}. */
    Report run(long schoolId, SchoolKind schoolKind, byte[] bytes, Locale locale) {
        List<PastPairFile.Line> rows = PastPairFile.read(bytes);
        Map<String, Long> formIds = new HashMap<>();
        forms.findAll().stream().filter(f -> f.getAppliesToSet().contains(schoolKind))
                .forEach(f -> formIds.put(formKey(f.getName()), f.getId()));
        List<Line> lines = new ArrayList<>();
        int saved = 0;
        int unchanged = 0;
        for (PastPairFile.Line row : rows) {
            Line line = load(schoolId, schoolKind, row, formIds, locale);
            lines.add(line);
            if (line.status() == Status.SAVED) {
                saved++;
            } else if (line.status() == Status.UNCHANGED) {
                unchanged++;
            }
        }
        return new Report(saved, unchanged, lines.size() - saved - unchanged, lines);
    }

    private Line load(long schoolId, SchoolKind schoolKind, PastPairFile.Line row, Map<String, Long> formIds,
            Locale locale) {
        List<String> problems = new ArrayList<>();
        for (PastPairFile.Column c : PastPairFile.Column.values()) {
            if (c.required && row.get(c).isEmpty()) {
                problems.add(message(locale, "pairs.import.row.required", c.header));
            }
        }
        if (!problems.isEmpty()) {
            return refused(row, problems);
        }
        Optional<Integer> year = AcademicYearCell.parse(row.get(PastPairFile.Column.YEAR));
        if (year.isEmpty()) {
            problems.add(message(locale, "pairs.import.row.year", row.get(PastPairFile.Column.YEAR)));
        }
        Long formId = formIds.get(formKey(row.get(PastPairFile.Column.FORM)));
        if (formId == null) {
            problems.add(message(locale, "pairs.import.row.form", row.get(PastPairFile.Column.FORM)));
        }
        LocalDate start = date(row, PastPairFile.Column.START, problems, locale);
        LocalDate end = date(row, PastPairFile.Column.END, problems, locale);
        LocalDate mentorBirth = date(row, PastPairFile.Column.MENTOR_BIRTH, problems, locale);
        LocalDate menteeBirth = date(row, PastPairFile.Column.MENTEE_BIRTH, problems, locale);
        Long mentorId = person(schoolId, row, PastPairFile.Column.MENTOR, mentorBirth, problems, locale);
        Long menteeId = person(schoolId, row, PastPairFile.Column.MENTEE, menteeBirth, problems, locale);
        PairStatus outcome = outcome(row.get(PastPairFile.Column.OUTCOME));
        if (outcome == null) {
            problems.add(message(locale, "pairs.import.row.outcome", row.get(PastPairFile.Column.OUTCOME)));
        }
        String reason = row.get(PastPairFile.Column.REASON);
        if (reason.length() > 2000 || ru.edu.mentoring.shared.PlainText.Rules.problem(reason, true).isPresent()) {
            problems.add(message(locale, "pairs.import.row.reason"));
        }
        if (!problems.isEmpty()) {
            return refused(row, problems);
        }
        UUID token = UUID.nameUUIDFromBytes(String.join("|", "past-pair", Long.toString(schoolId),
                year.get().toString(), formId.toString(), mentorId.toString(), menteeId.toString(), start.toString(),
                end.toString()).getBytes(StandardCharsets.UTF_8));
        Optional<Long> existing = registration.createdBy(token);
        if (existing.isPresent()) {
            return new Line(row.number(), Status.UNCHANGED, null, existing.get());
        }
        PairOutcome result;
        try {
            result = registration.createPast(schoolId, schoolKind, new PastPairCommand(year.get(), formId, null,
                    mentorId, Set.of(menteeId), null, start, end, outcome, reason, null, token));
        } catch (PairStateException e) {
            return refused(row, List.of(message(locale, e.messageKey())));
        }
        if (!result.ok()) {
            return refused(row, result.violations().stream()
                    .map(v -> messages.getMessage(v.code(), v.args(), v.code(), locale)).distinct().toList());
        }
        return new Line(row.number(), Status.SAVED, null, result.pairId());
    }

    private Long person(long schoolId, PastPairFile.Line row, PastPairFile.Column column, LocalDate birth,
            List<String> problems, Locale locale) {
        String name = row.get(column);
        if (name.isEmpty()) {
            return null;
        }
        List<Long> found = people.byFullName(schoolId, name, birth);
        if (found.size() == 1) {
            return found.get(0);
        }
        problems.add(message(locale, found.isEmpty() ? "pairs.import.row.notFound" : "pairs.import.row.ambiguous",
                column.header, name));
        return null;
    }

    private LocalDate date(PastPairFile.Line row, PastPairFile.Column column, List<String> problems, Locale locale) {
        String text = row.get(column);
        if (text.isEmpty()) {
            return null;
        }
        for (DateTimeFormatter f : DATES) {
            try {
                return LocalDate.parse(text, f.withResolverStyle(java.time.format.ResolverStyle.STRICT));
            } catch (DateTimeParseException e) {
                // the next format
            }
        }
        problems.add(message(locale, "pairs.import.row.date", column.header, text));
        return null;
    }

    /** «завершена» (or «завершена успешно», «завершён») → COMPLETED, «прекращена» (…) → TERMINATED, else null. */
    static PairStatus outcome(String text) {
        String key = PastPairFile.key(text);
        if (key.startsWith("заверш")) {
            return PairStatus.COMPLETED;
        }
        if (key.startsWith("прекращ")) {
            return PairStatus.TERMINATED;
        }
        return null;
    }

    /** A form's name as compared: letters only, lower case, «ё» as «е» («Ученик-ученик» = «ученик – ученик»). */
    static String formKey(String name) {
        return PastPairFile.key(name).replaceAll("[^\\p{L}]", "");
    }

    private Line refused(PastPairFile.Line row, List<String> problems) {
        return new Line(row.number(), Status.REFUSED, String.join(" ", problems), null);
    }

    private String message(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
