package ru.edu.mentoring.meetings;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.format.annotation.DateTimeFormat;
import ru.edu.mentoring.shared.PlainText;

/** A meeting as the curator enters it (short on a phone: everything but the type, date and people is optional). */
class MeetingForm {

    @NotNull(message = "{validation.required}")
    private MeetingType type;

    @NotNull(message = "{validation.required}")
    @DateTimeFormat(pattern = "yyyy-MM-dd")
    private LocalDate date;

    @NotNull(message = "{validation.required}")
    @DateTimeFormat(pattern = "HH:mm")
    private LocalTime time;

    @NotNull(message = "{validation.required}")
    @Min(value = 5, message = "{meeting.duration.range}")
    @Max(value = 600, message = "{meeting.duration.range}")
    private Integer durationMin;

    @NotNull(message = "{validation.required}")
    private MeetingFormat format;

    @Size(max = 300, message = "{validation.tooLong}")
    @PlainText
    private String topic;

    @Size(max = 4000, message = "{validation.tooLong}")
    @PlainText(multiline = true)
    private String content;

    @Size(max = 4000, message = "{validation.tooLong}")
    @PlainText(multiline = true)
    private String outcome;

    @Size(max = 2000, message = "{validation.tooLong}")
    @PlainText(multiline = true)
    private String homework;

    private boolean curatorPresent;

    @Min(value = 1, message = "{meeting.rating.range}")
    @Max(value = 10, message = "{meeting.rating.range}")
    private Integer mentorRating;

    @Min(value = 1, message = "{meeting.rating.range}")
    @Max(value = 10, message = "{meeting.rating.range}")
    private Integer menteeRating;

    private Set<Long> participantIds = new LinkedHashSet<>();

    private Long version;

    static MeetingForm of(Meeting m) {
        MeetingForm f = new MeetingForm();
        f.type = m.getType();
        f.date = m.getStartsAt().toLocalDate();
        f.time = m.getStartsAt().toLocalTime();
        f.durationMin = m.getDurationMin();
        f.format = m.getFormat();
        f.topic = m.getTopic();
        f.content = m.getContent();
        f.outcome = m.getOutcome();
        f.homework = m.getHomework();
        f.curatorPresent = m.isCuratorPresent();
        f.mentorRating = m.getMentorRating();
        f.menteeRating = m.getMenteeRating();
        f.participantIds = new LinkedHashSet<>(m.getParticipantIds());
        f.version = m.getVersion();
        return f;
    }

    MeetingCommand toCommand() {
        return new MeetingCommand(type, date.atTime(time), durationMin, format, topic, content, outcome, homework,
                curatorPresent, mentorRating, menteeRating, participantIds == null ? Set.of()
                        // a value that is no id (a NUL, an empty checkbox value) binds as null: it names nobody
                        : participantIds.stream().filter(java.util.Objects::nonNull)
                                .collect(java.util.stream.Collectors.toSet()));
    }

    public MeetingType getType() {
        return type;
    }

    public void setType(MeetingType type) {
        this.type = type;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public LocalTime getTime() {
        return time;
    }

    public void setTime(LocalTime time) {
        this.time = time;
    }

    public Integer getDurationMin() {
        return durationMin;
    }

    public void setDurationMin(Integer durationMin) {
        this.durationMin = durationMin;
    }

    public MeetingFormat getFormat() {
        return format;
    }

    public void setFormat(MeetingFormat format) {
        this.format = format;
    }

    public String getTopic() {
        return topic;
    }

    public void setTopic(String topic) {
        this.topic = topic;
    }

    public String getContent() {
        return content;
    }

    public void setContent(String content) {
        this.content = content;
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }

    public String getHomework() {
        return homework;
    }

    public void setHomework(String homework) {
        this.homework = homework;
    }

    public boolean isCuratorPresent() {
        return curatorPresent;
    }

    public void setCuratorPresent(boolean curatorPresent) {
        this.curatorPresent = curatorPresent;
    }

    public Integer getMentorRating() {
        return mentorRating;
    }

    public void setMentorRating(Integer mentorRating) {
        this.mentorRating = mentorRating;
    }

    public Integer getMenteeRating() {
        return menteeRating;
    }

    public void setMenteeRating(Integer menteeRating) {
        this.menteeRating = menteeRating;
    }

    public Set<Long> getParticipantIds() {
        return participantIds;
    }

    public void setParticipantIds(Set<Long> participantIds) {
        this.participantIds = participantIds;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
