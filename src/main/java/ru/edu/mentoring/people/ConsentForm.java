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

    public String getTextVersion() {
        return textVersion;
    }

    public void setTextVersion(String textVersion) {
        this.textVersion = textVersion;
    }
}
