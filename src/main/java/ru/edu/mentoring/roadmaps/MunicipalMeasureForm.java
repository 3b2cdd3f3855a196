package ru.edu.mentoring.roadmaps;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import ru.edu.mentoring.shared.PlainText;

/** A measure of the municipal roadmap as the department edits it. */
public class MunicipalMeasureForm {

    @NotNull(message = "{validation.required}")
    private Long sectionId;

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
    private LocalDate dueFrom;

    @DateTimeFormat(pattern = "yyyy-MM-dd")
    private LocalDate dueTo;

    @Size(max = 300, message = "{validation.tooLong}")
    @PlainText
    private String responsibleMunicipal;

    @Size(max = 300, message = "{validation.tooLong}")
    @PlainText
    private String responsibleSchool;

    private Long version;

    static MunicipalMeasureForm of(MunicipalMeasure m) {
        MunicipalMeasureForm f = new MunicipalMeasureForm();
        f.sectionId = m.getSectionId();
        f.number = m.getNumber();
        f.title = m.getTitle();
        f.deadlineText = m.getDeadlineText();
        f.dueFrom = m.getDueFrom();
        f.dueTo = m.getDueTo();
        f.responsibleMunicipal = m.getResponsibleMunicipal();
        f.responsibleSchool = m.getResponsibleSchool();
        f.version = m.getVersion();
        return f;
    }

    /** The command the service takes. */
    MunicipalRoadmaps.Row row() {
        return new MunicipalRoadmaps.Row(number, title, deadlineText, dueFrom, dueTo, responsibleMunicipal,
                responsibleSchool);
    }

    @AssertTrue(message = "{measure.range.invalid}")
    public boolean isRangeOrdered() {
        return dueFrom == null || dueTo == null || !dueFrom.isAfter(dueTo);
    }

    public Long getSectionId() {
        return sectionId;
    }

    public void setSectionId(Long sectionId) {
        this.sectionId = sectionId;
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

    public LocalDate getDueFrom() {
        return dueFrom;
    }

    public void setDueFrom(LocalDate dueFrom) {
        this.dueFrom = dueFrom;
    }

    public LocalDate getDueTo() {
        return dueTo;
    }

    public void setDueTo(LocalDate dueTo) {
        this.dueTo = dueTo;
    }

    public String getResponsibleMunicipal() {
        return responsibleMunicipal;
    }

    public void setResponsibleMunicipal(String responsibleMunicipal) {
        this.responsibleMunicipal = responsibleMunicipal;
    }

    public String getResponsibleSchool() {
        return responsibleSchool;
    }

    public void setResponsibleSchool(String responsibleSchool) {
        this.responsibleSchool = responsibleSchool;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
