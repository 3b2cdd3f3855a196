package ru.edu.mentoring.people;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Objects;
import ru.edu.mentoring.shared.PlainText;

/**
 * The command that enters or edits a person's mentor base entry (the mentor form, the import). The field constraints
 * are declared here once; the capacity rule of a minor student is {@link MentorProfile#capacityProblem}. Besides the
 * competences, capacity and training it holds what the МР-42/02 table «База наставников» records: achievements,
 * interests, the wanted age of mentees, time and place for contact and the form of mentoring.
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

        @Size(max = 2000, message = "{validation.tooLong}")
        @PlainText(multiline = true)
        String achievements,

        @Size(max = 2000, message = "{validation.tooLong}")
        @PlainText(multiline = true)
        String interests,

        @Size(max = 100, message = "{validation.tooLong}")
        @PlainText
        String wantedMenteeAge,

        @Size(max = 300, message = "{validation.tooLong}")
        @PlainText
        String contactTimePlace,

        Long wantedFormId,

        boolean inBase,

        long version) {

    /** A new entry in the base. */
    public SaveMentorEntry(String competences, int capacity, LocalDate trainingDate, String trainingProgramme) {
        this(competences, capacity, trainingDate, trainingProgramme, true, 0);
    }

    /** An entry without the МР-42/02 fields. */
    public SaveMentorEntry(String competences, Integer capacity, LocalDate trainingDate, String trainingProgramme,
            boolean inBase, long version) {
        this(competences, capacity, trainingDate, trainingProgramme, null, null, null, null, null, inBase, version);
    }

    /** The stored entry as it is. */
    static SaveMentorEntry of(MentorProfile m) {
        return new SaveMentorEntry(m.getCompetences(), m.getCapacity(), m.getTrainingDate(), m.getTrainingProgramme(),
                m.getAchievements(), m.getInterests(), m.getWantedMenteeAge(), m.getContactTimePlace(),
                m.getWantedFormId(), m.isInBase(), m.getVersion());
    }

    /** Whether saving this would change the stored entry (none: it would). */
    boolean changes(MentorProfile stored) {
        return stored == null || !stored.isInBase() || inBase != stored.isInBase()
                || !Objects.equals(stored.getCompetences(), Person.blankToNull(competences))
                || !Objects.equals(stored.getCapacity(), capacity)
                || !Objects.equals(stored.getTrainingDate(), trainingDate)
                || !Objects.equals(stored.getTrainingProgramme(), Person.blankToNull(trainingProgramme))
                || !Objects.equals(stored.getAchievements(), Person.blankToNull(achievements))
                || !Objects.equals(stored.getInterests(), Person.blankToNull(interests))
                || !Objects.equals(stored.getWantedMenteeAge(), Person.blankToNull(wantedMenteeAge))
                || !Objects.equals(stored.getContactTimePlace(), Person.blankToNull(contactTimePlace))
                || !Objects.equals(stored.getWantedFormId(), wantedFormId);
    }

    /** Writes the entry's fields into the profile (the registry and the import). */
    void applyTo(MentorProfile profile) {
        profile.update(competences, capacity, trainingDate, trainingProgramme, inBase);
        profile.profile(achievements, interests, wantedMenteeAge, contactTimePlace, wantedFormId);
    }
}
