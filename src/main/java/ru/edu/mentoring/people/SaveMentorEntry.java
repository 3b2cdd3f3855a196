package ru.edu.mentoring.people;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import ru.edu.mentoring.shared.PlainText;

/**
 * The command that enters or edits a person's mentor base entry (the mentor form, the import). The field constraints
 * are declared here once; the capacity rule of a minor student is {@link MentorProfile#capacityProblem}.
 */
public record SaveMentorEntry(
        @Size(max = 2000, message = "{validation.tooLong}")
        @PlainText(multiline = true)
        String competences,

        @NotNull(message = "{validation.required}")
        @Min(value = 1, message = "{mentor.capacity.invalid}")
        @Max(value = 30, message = "{mentor.capacity.invalid}")
        Integer capacity,

        @PastOrPresent(message = "{mentor.trainingDate.future}")
        LocalDate trainingDate,

        @Size(max = 300, message = "{validation.tooLong}")
        @PlainText
        String trainingProgramme,

        boolean inBase,

        long version) {

    /** A new entry in the base. */
    public SaveMentorEntry(String competences, int capacity, LocalDate trainingDate, String trainingProgramme) {
        this(competences, capacity, trainingDate, trainingProgramme, true, 0);
    }

    /** The stored entry as it is. */
    static SaveMentorEntry of(MentorProfile m) {
        return new SaveMentorEntry(m.getCompetences(), m.getCapacity(), m.getTrainingDate(), m.getTrainingProgramme(),
                m.isInBase(), m.getVersion());
    }

    /** Whether saving this would change the stored entry (none: it would). */
    boolean changes(MentorProfile stored) {
        return stored == null || !stored.isInBase() || inBase != stored.isInBase()
                || !java.util.Objects.equals(stored.getCompetences(), Person.blankToNull(competences))
                || !java.util.Objects.equals(stored.getCapacity(), capacity)
                || !java.util.Objects.equals(stored.getTrainingDate(), trainingDate)
                || !java.util.Objects.equals(stored.getTrainingProgramme(), Person.blankToNull(trainingProgramme));
    }
}
