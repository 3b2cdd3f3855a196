package ru.edu.mentoring.roadmaps;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import ru.edu.mentoring.shared.PlainText;

/** A measure of a school roadmap as the curator edits it; the version is the roadmap's. */
class MeasureForm {

    @NotBlank(message = "{validation.required}")
    @Size(max = 20, message = "{validation.tooLong}")
    @PlainText
    private String number;

    @NotBlank(message = "{validation.required}")
    @Size(max = 2000, message = "{validation.tooLong}")
    @PlainText(multiline = true)
    private String title;

    @Size(max = 200, message = "{validation.tooLong}")
    @PlainText
    private String deadlineText;

    @DateTimeFormat(pattern = "yyyy-MM-dd")
    private LocalDate dueOn;

    @Size(max = 300, message = "{validation.tooLong}")
    @PlainText
    private String responsible;

    @Size(max = 1000, message = "{validation.tooLong}")
    @PlainText
    private String result;

    private Long version;

    static MeasureForm of(MeasureData d, long version) {
        MeasureForm f = new MeasureForm();
        f.number = d.number();
        f.title = d.title();
        f.deadlineText = d.deadlineText();
        f.dueOn = d.dueOn();
        f.responsible = d.responsible();
        f.result = d.result();
        f.version = version;
        return f;
    }

    MeasureData data() {
        return new MeasureData(number, title, deadlineText, dueOn, responsible, result);
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDeadlineText() {
        return deadlineText;
    }

    public void setDeadlineText(String deadlineText) {
        this.deadlineText = deadlineText;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public void setDueOn(LocalDate dueOn) {
        this.dueOn = dueOn;
    }

    public String getResponsible() {
        return responsible;
    }

    public void setResponsible(String responsible) {
        this.responsible = responsible;
    }

    public String getResult() {
        return result;
    }

    public void setResult(String result) {
        this.result = result;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
