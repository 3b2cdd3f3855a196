package ru.edu.mentoring.honours;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import ru.edu.mentoring.shared.PlainText;

/** A nomination as the school's form binds it: the mentor, the kind, the year, the wording, the justification. */
public class NominationForm {

    @NotNull(message = "{validation.required}")
    private Long mentor;

    @NotNull(message = "{validation.required}")
    private HonourKind kind = HonourKind.GRAMOTA;

    @NotNull(message = "{validation.required}")
    @Min(value = 2000, message = "{nomination.year.invalid}")
    @Max(value = 2100, message = "{nomination.year.invalid}")
    private Integer year;

    @NotBlank(message = "{validation.required}")
    @Size(max = 300, message = "{validation.tooLong}")
    @PlainText
    private String wording;

    @NotBlank(message = "{validation.required}")
    @Size(max = 4000, message = "{validation.tooLong}")
    @PlainText(multiline = true)
    private String justification;

    private long version;

    static NominationForm of(Honours.NominationView n) {
        NominationForm f = new NominationForm();
        f.mentor = n.personId();
        f.kind = n.kind();
        f.year = n.year();
        f.wording = n.wording();
        f.justification = n.justification();
        f.version = n.version();
        return f;
    }

    Honours.NominationCommand command() {
        return new Honours.NominationCommand(mentor, kind, year, wording, justification);
    }

    /** The nominated mentor (a person of the school's mentor base). */
    public Long getMentor() {
        return mentor;
    }

    public void setMentor(Long mentor) {
        this.mentor = mentor;
    }

    public HonourKind getKind() {
        return kind;
    }

    public void setKind(HonourKind kind) {
        this.kind = kind;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public String getWording() {
        return wording;
    }

    public void setWording(String wording) {
        this.wording = wording;
    }

    public String getJustification() {
        return justification;
    }

    public void setJustification(String justification) {
        this.justification = justification;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
