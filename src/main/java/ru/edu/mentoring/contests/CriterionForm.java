package ru.edu.mentoring.contests;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import ru.edu.mentoring.shared.PlainText;

/** A criterion typed by the department. */
public class CriterionForm {

    @NotBlank(message = "{validation.required}")
    @Size(max = 300, message = "{validation.tooLong}")
    @PlainText
    private String title;

    @Size(max = 1000, message = "{validation.tooLong}")
    @PlainText(multiline = true)
    private String description;

    @NotNull(message = "{validation.required}")
    private CriterionKind kind = CriterionKind.RANGE;

    @NotNull(message = "{validation.required}")
    @Min(value = 0, message = "{contest.criterion.points.range}")
    @Max(value = 1000, message = "{contest.criterion.points.range}")
    private Integer minPoints = 1;

    @NotNull(message = "{validation.required}")
    @Min(value = 1, message = "{contest.criterion.points.range}")
    @Max(value = 1000, message = "{contest.criterion.points.range}")
    private Integer maxPoints = 10;

    @Size(max = 1000, message = "{validation.tooLong}")
    @PlainText(multiline = true)
    private String bands;

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public CriterionKind getKind() { return kind; }
    public void setKind(CriterionKind kind) { this.kind = kind; }
    public Integer getMinPoints() { return minPoints; }
    public void setMinPoints(Integer minPoints) { this.minPoints = minPoints; }
    public Integer getMaxPoints() { return maxPoints; }
    public void setMaxPoints(Integer maxPoints) { this.maxPoints = maxPoints; }
    public String getBands() { return bands; }
    public void setBands(String bands) { this.bands = bands; }
}
