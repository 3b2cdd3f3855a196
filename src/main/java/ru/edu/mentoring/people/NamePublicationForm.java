package ru.edu.mentoring.people;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The person page's form «согласие на публикацию ФИО»: the dates of the signed paper and the version shown. */
public class NamePublicationForm {

    @NotNull(message = "{validation.date}")
    @PastOrPresent(message = "{consent.givenOn.future}")
    @DateTimeFormat(pattern = "yyyy-MM-dd")
    private LocalDate publishedFrom;

    @DateTimeFormat(pattern = "yyyy-MM-dd")
    private LocalDate publishedUntil;

    /** The version of the recorded consent the form showed; null when none was recorded. */
    private Long version;

    public NamePublicationForm() {}

    NamePublicationForm(LocalDate publishedFrom, LocalDate publishedUntil, Long version) {
        this.publishedFrom = publishedFrom;
        this.publishedUntil = publishedUntil;
        this.version = version;
    }

    public LocalDate getPublishedFrom() {
        return publishedFrom;
    }

    public void setPublishedFrom(LocalDate publishedFrom) {
        this.publishedFrom = publishedFrom;
    }

    public LocalDate getPublishedUntil() {
        return publishedUntil;
    }

    public void setPublishedUntil(LocalDate publishedUntil) {
        this.publishedUntil = publishedUntil;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
