package ru.edu.mentoring.practices;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.format.annotation.DateTimeFormat;
import ru.edu.mentoring.shared.PlainText;
/** A municipal event as the department enters it. */
public class EventForm {
    @NotBlank(message = "{validation.required}")
    @Size(max = 300, message = "{validation.tooLong}")
    @PlainText
    private String title;

    @NotNull(message = "{validation.required}")
    private EventKind kind = EventKind.SEMINAR; // the usual kind, preselected on a new event

    @NotNull(message = "{validation.required}")
    @DateTimeFormat(pattern = "yyyy-MM-dd")
    private LocalDate eventDate;

    @Size(max = 300, message = "{validation.tooLong}")
    @PlainText
    private String place;

    @Size(max = 4000, message = "{validation.tooLong}")
    @PlainText(multiline = true)
    private String description;

    private Set<Long> schoolIds = new LinkedHashSet<>();

    private Set<Long> practiceIds = new LinkedHashSet<>();

    private Long version;

    static final String[] ALLOWED = {"title", "kind", "eventDate", "place", "description", "schoolIds",
        "practiceIds", "version"};

    static EventForm of(PracticeEvents.EventCommand c, long version) {
        EventForm f = new EventForm();
        f.title = c.title();
        f.kind = c.kind();
        f.eventDate = c.eventDate();
        f.place = c.place();
        f.description = c.description();
        f.schoolIds = new LinkedHashSet<>(c.schoolIds());
        f.practiceIds = new LinkedHashSet<>(c.practiceIds());
        f.version = version;
        return f;
    }

    PracticeEvents.EventCommand command() {
        return new PracticeEvents.EventCommand(title.strip(), kind, eventDate, PracticeForm.blank(place),
                PracticeForm.blank(description), schoolIds == null ? Set.of() : schoolIds,
                practiceIds == null ? Set.of() : practiceIds);
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public EventKind getKind() {
        return kind;
    }

    public void setKind(EventKind kind) {
        this.kind = kind;
    }

    public LocalDate getEventDate() {
        return eventDate;
    }

    public void setEventDate(LocalDate eventDate) {
        this.eventDate = eventDate;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Set<Long> getSchoolIds() {
        return schoolIds;
    }

    public void setSchoolIds(Set<Long> schoolIds) {
        this.schoolIds = schoolIds;
    }

    public Set<Long> getPracticeIds() {
        return practiceIds;
    }

    public void setPracticeIds(Set<Long> practiceIds) {
        this.practiceIds = practiceIds;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
