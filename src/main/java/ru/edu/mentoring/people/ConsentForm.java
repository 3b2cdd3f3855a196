package ru.edu.mentoring.people;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** A consent as the person page's form binds it (web side; kept in the flash on an error), mapped to {@link RecordConsent}. */
public class ConsentForm implements java.io.Serializable {

    private String purpose = RecordConsent.DEFAULT_PURPOSE;

    private String dataCategories = RecordConsent.DEFAULT_DATA;

    @DateTimeFormat(pattern = "yyyy-MM-dd")
    private LocalDate validUntil;

    @DateTimeFormat(pattern = "yyyy-MM-dd")
    private LocalDate givenOn;

    private ConsentGiver givenBy = ConsentGiver.SELF;

    private String representativeName;

    private String textVersion = "2025-1";

    public ConsentForm() {}

    /** The command this form gives. */
    RecordConsent command() {
        return new RecordConsent(givenOn, givenBy, representativeName, textVersion, purpose, dataCategories,
                validUntil);
    }

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
