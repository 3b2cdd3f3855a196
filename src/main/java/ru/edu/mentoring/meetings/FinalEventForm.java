package ru.edu.mentoring.meetings;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.format.annotation.DateTimeFormat;
import ru.edu.mentoring.shared.PlainText;

/** The school's final event of the year as the curator enters it. */
class FinalEventForm {

    @NotNull(message = "{validation.required}")
    @DateTimeFormat(pattern = "yyyy-MM-dd")
    private LocalDate eventDate;

    @NotBlank(message = "{validation.required}")
    @Size(max = 200, message = "{validation.tooLong}")
    @PlainText
    private String format;

    @NotNull(message = "{validation.required}")
    @Min(value = 0, message = "{finalEvent.participants.range}")
    @Max(value = 100000, message = "{finalEvent.participants.range}")
    private Integer participantsCount;

    @Size(max = 4000, message = "{validation.tooLong}")
    @PlainText(multiline = true)
    private String cases;

    @Size(max = 500, message = "{validation.tooLong}")
    @Pattern(regexp = "^$|^https?://\\S+$", message = "{finalEvent.url.invalid}")
    @PlainText
    private String publicationUrl;

    private Set<Long> mentorIds = new LinkedHashSet<>();

    private Long version;

    static FinalEventForm of(FinalEvent e) {
        FinalEventForm f = new FinalEventForm();
        f.eventDate = e.getEventDate();
        f.format = e.getFormat();
        f.participantsCount = e.getParticipantsCount();
        f.cases = e.getCases();
        f.publicationUrl = e.getPublicationUrl();
        f.mentorIds = new LinkedHashSet<>(e.getMentorIds());
        f.version = e.getVersion();
        return f;
    }

    public LocalDate getEventDate() {
        return eventDate;
    }

    public void setEventDate(LocalDate eventDate) {
        this.eventDate = eventDate;
    }

    public String getFormat() {
        return format;
    }

    public void setFormat(String format) {
        this.format = format;
    }

    public Integer getParticipantsCount() {
        return participantsCount;
    }

    public void setParticipantsCount(Integer participantsCount) {
        this.participantsCount = participantsCount;
    }

    public String getCases() {
        return cases;
    }

    public void setCases(String cases) {
        this.cases = cases;
    }

    public String getPublicationUrl() {
        return publicationUrl;
    }

    public void setPublicationUrl(String publicationUrl) {
        this.publicationUrl = publicationUrl;
    }

    public Set<Long> getMentorIds() {
        return mentorIds;
    }

    public void setMentorIds(Set<Long> mentorIds) {
        this.mentorIds = mentorIds;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
