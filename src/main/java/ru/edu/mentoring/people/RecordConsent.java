package ru.edu.mentoring.people;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import ru.edu.mentoring.shared.PlainText;

/**
 * The command that records a consent to personal-data processing from the signed paper. The field constraints are
 * declared here once; the rules between the fields and the person are {@link Consent#problems}.
 */
public record RecordConsent(
        @NotNull(message = "{validation.date}")
        @PastOrPresent(message = "{consent.givenOn.future}")
        LocalDate givenOn,

        @NotNull(message = "{validation.required}")
        ConsentGiver givenBy,

        @Size(max = 300, message = "{validation.tooLong}")
        @PlainText
        @Pattern(regexp = PlainText.PERSON_NAME, message = "{validation.personName}")
        String representativeName,

        @NotBlank(message = "{validation.required}")
        @Size(max = 50, message = "{validation.tooLong}")
        @PlainText
        String textVersion,

        @NotBlank(message = "{validation.required}")
        @Size(max = 1000, message = "{validation.tooLong}")
        @PlainText(multiline = true)
        String purpose,

        @NotBlank(message = "{validation.required}")
        @Size(max = 1000, message = "{validation.tooLong}")
        @PlainText(multiline = true)
        String dataCategories,

        LocalDate validUntil) {

    /** What the department's standard consent text covers (the curator may change it to match the paper). */
    public static final String DEFAULT_PURPOSE = "Участие в целевой модели наставничества: базы наставников и"
            + " наставляемых, учёт пар и групп, мониторинг и отчётность";

    public static final String DEFAULT_DATA = "фамилия, имя, отчество; дата рождения; образовательная организация,"
            + " класс или должность; сведения об участии в наставничестве";

    /** A consent with the standard purpose and data, without an end. */
    public RecordConsent(LocalDate givenOn, ConsentGiver givenBy, String representativeName, String textVersion) {
        this(givenOn, givenBy, representativeName, textVersion, DEFAULT_PURPOSE, DEFAULT_DATA, null);
    }

    public RecordConsent withText(String newPurpose, String newDataCategories) {
        return new RecordConsent(givenOn, givenBy, representativeName, textVersion, newPurpose, newDataCategories,
                validUntil);
    }

    public RecordConsent withValidUntil(LocalDate until) {
        return new RecordConsent(givenOn, givenBy, representativeName, textVersion, purpose, dataCategories, until);
    }
}
