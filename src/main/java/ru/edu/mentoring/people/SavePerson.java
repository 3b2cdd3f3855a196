package ru.edu.mentoring.people;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import ru.edu.mentoring.shared.PlainText;

/**
 * The command that registers or edits a student, teacher or external person: what the person form and the import
 * give. The field constraints are declared here once; the web form and the import validate this record.
 *
 * @param birthDateConfirmed the curator's «Дата рождения верна» for a birth date that does not fit the class
 * @param version the version the user saw (an edit)
 * @param token makes a double-submitted create register one person, or null
 */
public record SavePerson(
        @NotBlank(message = "{validation.required}")
        @Size(max = 100, message = "{validation.tooLong}")
        @Pattern(regexp = SavePerson.NAME, message = "{person.name.invalid}")
        @PlainText
        String lastName,

        @NotBlank(message = "{validation.required}")
        @Size(max = 100, message = "{validation.tooLong}")
        @Pattern(regexp = SavePerson.NAME, message = "{person.name.invalid}")
        @PlainText
        String firstName,

        @Size(max = 100, message = "{validation.tooLong}")
        @Pattern(regexp = "^$|" + SavePerson.NAME, message = "{person.name.invalid}")
        @PlainText
        String middleName,

        @Past(message = "{person.birthDate.invalid}")
        LocalDate birthDate,

        @Size(max = 100, message = "{validation.tooLong}")
        @PlainText
        String externalKey,

        @Min(value = 1, message = "{person.grade.invalid}")
        @Max(value = 11, message = "{person.grade.invalid}")
        Integer grade,

        @Size(max = 2, message = "{person.letter.invalid}")
        @Pattern(regexp = StudentClass.LETTER, message = "{person.letter.invalid}")
        @PlainText
        String letter,

        @Size(max = 200, message = "{validation.tooLong}")
        @PlainText
        String position,

        @Size(max = 300, message = "{validation.tooLong}")
        @PlainText
        String subjects,

        @PastOrPresent(message = "{person.teachingSince.future}")
        LocalDate teachingSince,

        boolean newStaff,

        ExternalKind externalKind,

        /** Multi-line: an imported spreadsheet cell may hold the organisation's name on two lines. */
        @Size(max = 300, message = "{validation.tooLong}")
        @PlainText(multiline = true)
        String organisation,

        boolean birthDateConfirmed,

        long version,

        UUID token) {

    static final String NAME = "^[\\p{L}][\\p{L} '’.-]*$";

    /** A person with a name only (then {@code with…} for the rest): tests, demo data. */
    public static SavePerson named(String lastName, String firstName, String middleName) {
        return new SavePerson(lastName, firstName, middleName, null, null, null, null, null, null, null, false, null,
                null, false, 0, null);
    }

    /** What the register holds of the person, with the class of the current academic year (or null). */
    static SavePerson of(Person p, StudentClass current) {
        return new SavePerson(p.getLastName(), p.getFirstName(), p.getMiddleName(), p.getBirthDate(),
                p.getExternalKey(), current == null ? null : current.getGrade(),
                current == null ? null : current.getLetter(), p.getPosition(), p.getSubjects(), p.getTeachingSince(),
                p.isNewStaff(), p.getExternalKind(), p.getOrganisation(), false, p.getVersion(), null);
    }

    public SavePerson withBirthDate(LocalDate value) {
        return new SavePerson(lastName, firstName, middleName, value, externalKey, grade, letter, position, subjects,
                teachingSince, newStaff, externalKind, organisation, birthDateConfirmed, version, token);
    }

    public SavePerson withExternalKey(String value) {
        return new SavePerson(lastName, firstName, middleName, birthDate, value, grade, letter, position, subjects,
                teachingSince, newStaff, externalKind, organisation, birthDateConfirmed, version, token);
    }

    public SavePerson withClass(Integer newGrade, String newLetter) {
        return new SavePerson(lastName, firstName, middleName, birthDate, externalKey, newGrade, newLetter, position,
                subjects, teachingSince, newStaff, externalKind, organisation, birthDateConfirmed, version, token);
    }

    public SavePerson withTeacher(String newPosition, String newSubjects, LocalDate since, boolean isNewStaff) {
        return new SavePerson(lastName, firstName, middleName, birthDate, externalKey, grade, letter, newPosition,
                newSubjects, since, isNewStaff, externalKind, organisation, birthDateConfirmed, version, token);
    }

    public SavePerson withExternal(ExternalKind kind, String newOrganisation) {
        return new SavePerson(lastName, firstName, middleName, birthDate, externalKey, grade, letter, position,
                subjects, teachingSince, newStaff, kind, newOrganisation, birthDateConfirmed, version, token);
    }

    /** «Фамилия Имя Отчество», without a missing patronymic. */
    String fullName() {
        return middleName == null || middleName.isBlank() ? lastName + " " + firstName
                : lastName + " " + firstName + " " + middleName;
    }
}
