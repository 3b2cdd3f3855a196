package ru.edu.mentoring.people;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import ru.edu.mentoring.shared.PlainText;

/** A consent to personal-data processing as recorded from the signed paper. */
public class ConsentForm implements java.io.Serializable {

    /** What the department's standard consent text covers (the curator may change it to match the paper). */
    public static final String DEFAULT_PURPOSE = "Участие в целевой модели наставничества: базы наставников и"
            + " наставляемых, учёт пар и групп, мониторинг и отчётность";

    public static final String DEFAULT_DATA = "фамилия, имя, отчество; дата рождения; образовательная организация,"
            + " класс или должность; сведения об участии в наставничестве";

    @NotBlank(message = "{validation.required}")
    @Size(max = 1000, message = "{validation.tooLong}")
    @PlainText(multiline = true)
    private String purpose = DEFAULT_PURPOSE;

    @NotBlank(message = "{validation.required}")
    @Size(max = 1000, message = "{validation.tooLong}")
    @PlainText(multiline = true)
    private String dataCategories = DEFAULT_DATA;

    @DateTimeFormat(pattern = "yyyy-MM-dd")
    private LocalDate validUntil;

    @NotNull(message = "{validation.date}")
    @PastOrPresent(message = "{consent.givenOn.future}")
    @DateTimeFormat(pattern = "yyyy-MM-dd")
    private LocalDate givenOn;

    @NotNull(message = "{validation.required}")
    private ConsentGiver givenBy = ConsentGiver.SELF;

    @Size(max = 300, message = "{validation.tooLong}")
    @PlainText
    @Pattern(regexp = PlainText.PERSON_NAME, message = "{validation.personName}")
    private String representativeName;

    @NotBlank(message = "{validation.required}")
    @Size(max = 50, message = "{validation.tooLong}")
    @PlainText
    private String textVersion = "2025-1";

    public ConsentForm() {}

    public ConsentForm(LocalDate givenOn, ConsentGiver givenBy, String representativeName, String textVersion) {
        this.givenOn = givenOn;
        this.givenBy = givenBy;
        this.representativeName = representativeName;
        this.textVersion = textVersion;
    }

    public LocalDate getGivenOn() {
        return givenOn;
    }

    public void setGivenOn(LocalDate givenOn) {
        this.givenOn = givenOn;
    }

    public ConsentGiver getGivenBy() {
        return givenBy;
    }

    public void setGivenBy(ConsentGiver givenBy) {
        this.givenBy = givenBy;
    }

    public String getRepresentativeName() {
        return representativeName;
    }

    public void setRepresentativeName(String representativeName) {
        this.representativeName = representativeName;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }

    public String getDataCategories() {
        return dataCategories;
    }

    public void setDataCategories(String dataCategories) {
        this.dataCategories = dataCategories;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public void setValidUntil(LocalDate validUntil) {
        this.validUntil = validUntil;
    }

    public String getTextVersion() {
        return textVersion;
    }

    public void setTextVersion(String textVersion) {
        this.textVersion = textVersion;
    }
}
