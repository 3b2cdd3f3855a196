package ru.edu.mentoring.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import ru.edu.mentoring.schools.SchoolKind;

/** Who counts as an adult for the consent rules: a wrong birth date must not make a child an adult. */
class AdulthoodTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    @Test
    void teachersAndExternalPeopleAreAdults() {
        assertThat(Adulthood.adult(PersonKind.TEACHER, null, null, SchoolKind.GENERAL, TODAY)).isTrue();
        assertThat(Adulthood.adult(PersonKind.EXTERNAL, null, null, SchoolKind.GENERAL, TODAY)).isTrue();
    }

    @Test
    void aStudentIsAnAdultOnlyWithABirthDateOfEighteenThatFitsTheClass() {
        LocalDate eighteen = TODAY.minusYears(18);
        assertThat(Adulthood.adult(PersonKind.STUDENT, eighteen, 11, SchoolKind.GENERAL, TODAY)).isTrue();
        assertThat(Adulthood.adult(PersonKind.STUDENT, eighteen, 10, SchoolKind.GENERAL, TODAY)).isTrue();
        assertThat(Adulthood.adult(PersonKind.STUDENT, eighteen, null, SchoolKind.GENERAL, TODAY)).isTrue();
        assertThat(Adulthood.adult(PersonKind.STUDENT, eighteen, 2, SchoolKind.VOCATIONAL, TODAY))
                .as("a college's second course").isTrue();
        assertThat(Adulthood.adult(PersonKind.STUDENT, eighteen.plusDays(1), 11, SchoolKind.GENERAL, TODAY))
                .as("a day short of eighteen").isFalse();
        assertThat(Adulthood.adult(PersonKind.STUDENT, null, 11, SchoolKind.GENERAL, TODAY))
                .as("no birth date").isFalse();
        assertThat(Adulthood.adult(PersonKind.STUDENT, TODAY.plusYears(1), null, SchoolKind.GENERAL, TODAY))
                .as("a birth date in the future").isFalse();
    }

    @Test
    void aStudentBornIn1950InClass2CountsAsAMinor() {
        assertThat(Adulthood.minor(PersonKind.STUDENT, LocalDate.of(1950, 5, 1), 2, SchoolKind.GENERAL, TODAY))
                .isTrue();
        assertThat(Adulthood.minor(PersonKind.STUDENT, LocalDate.of(1950, 5, 1), 9, null, TODAY)).isTrue();
    }
}
