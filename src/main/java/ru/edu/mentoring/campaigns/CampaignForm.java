package ru.edu.mentoring.campaigns;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.springframework.format.annotation.DateTimeFormat;
import ru.edu.mentoring.shared.PlainText;

/** A campaign as the department edits it: title, academic year, trained-mentor level, seven deadlines. */
public class CampaignForm {

    @NotBlank(message = "{validation.required}")
    @Size(max = 300, message = "{validation.tooLong}")
    @PlainText
    private String title;

    @NotNull(message = "{validation.required}")
    @Min(value = 2000, message = "{campaign.year.invalid}")
    @Max(value = 2100, message = "{campaign.year.invalid}")
    private Integer academicYear;

    @NotNull(message = "{validation.required}")
    @Min(value = 1, message = "{campaign.trainedShare.invalid}")
    @Max(value = 100, message = "{campaign.trainedShare.invalid}")
    private Integer trainedShare = 50;

    @NotNull(message = "{validation.date}")
    @DateTimeFormat(pattern = "yyyy-MM-dd")
    private LocalDate curatorsDue;

    @NotNull(message = "{validation.date}")
    @DateTimeFormat(pattern = "yyyy-MM-dd")
    private LocalDate roadmapsDue;

    @NotNull(message = "{validation.date}")
    @DateTimeFormat(pattern = "yyyy-MM-dd")
    private LocalDate informedDue;

    @NotNull(message = "{validation.date}")
    @DateTimeFormat(pattern = "yyyy-MM-dd")
    private LocalDate basesDue;

    @NotNull(message = "{validation.date}")
    @DateTimeFormat(pattern = "yyyy-MM-dd")
    private LocalDate trainedDue;

    @NotNull(message = "{validation.date}")
    @DateTimeFormat(pattern = "yyyy-MM-dd")
    private LocalDate pairsDue;

    @NotNull(message = "{validation.date}")
    @DateTimeFormat(pattern = "yyyy-MM-dd")
    private LocalDate startedDue;

    private Long version;

    /** A new campaign for the academic year starting in {@code year}, with the letter's deadlines. */
    static CampaignForm defaults(int year, String title) {
        CampaignForm f = new CampaignForm();
        f.title = title;
        f.academicYear = year;
        f.curatorsDue = Stage.CURATORS.defaultDeadline(year);
        f.roadmapsDue = Stage.ROADMAP.defaultDeadline(year);
        f.informedDue = Stage.INFORMED.defaultDeadline(year);
        f.basesDue = Stage.BASES.defaultDeadline(year);
        f.trainedDue = Stage.TRAINED.defaultDeadline(year);
        f.pairsDue = Stage.PAIRS.defaultDeadline(year);
        f.startedDue = Stage.STARTED.defaultDeadline(year);
        return f;
    }

    static CampaignForm of(Campaign c) {
        CampaignForm f = new CampaignForm();
        f.title = c.getTitle();
        f.academicYear = c.getAcademicYear();
        f.trainedShare = c.getTrainedShare();
        var d = c.deadlines();
        f.curatorsDue = d.get(Stage.CURATORS);
        f.roadmapsDue = d.get(Stage.ROADMAP);
        f.informedDue = d.get(Stage.INFORMED);
        f.basesDue = d.get(Stage.BASES);
        f.trainedDue = d.get(Stage.TRAINED);
        f.pairsDue = d.get(Stage.PAIRS);
        f.startedDue = d.get(Stage.STARTED);
        f.version = c.getVersion();
        return f;
    }

    /** The stages follow one another: no deadline before the previous stage's. */
    @AssertTrue(message = "{campaign.deadlines.order}")
    public boolean isDeadlinesInOrder() {
        List<LocalDate> dates = java.util.Arrays.asList(curatorsDue, roadmapsDue, informedDue, basesDue, trainedDue, pairsDue,
                startedDue).stream().filter(Objects::nonNull).toList();
        for (int i = 1; i < dates.size(); i++) {
            if (dates.get(i).isBefore(dates.get(i - 1))) {
                return false;
            }
        }
        return true;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public Integer getAcademicYear() {
        return academicYear;
    }

    public void setAcademicYear(Integer academicYear) {
        this.academicYear = academicYear;
    }

    public Integer getTrainedShare() {
        return trainedShare;
    }

    public void setTrainedShare(Integer trainedShare) {
        this.trainedShare = trainedShare;
    }

    public LocalDate getCuratorsDue() {
        return curatorsDue;
    }

    public void setCuratorsDue(LocalDate curatorsDue) {
        this.curatorsDue = curatorsDue;
    }

    public LocalDate getRoadmapsDue() {
        return roadmapsDue;
    }

    public void setRoadmapsDue(LocalDate roadmapsDue) {
        this.roadmapsDue = roadmapsDue;
    }

    public LocalDate getInformedDue() {
        return informedDue;
    }

    public void setInformedDue(LocalDate informedDue) {
        this.informedDue = informedDue;
    }

    public LocalDate getBasesDue() {
        return basesDue;
    }

    public void setBasesDue(LocalDate basesDue) {
        this.basesDue = basesDue;
    }

    public LocalDate getTrainedDue() {
        return trainedDue;
    }

    public void setTrainedDue(LocalDate trainedDue) {
        this.trainedDue = trainedDue;
    }

    public LocalDate getPairsDue() {
        return pairsDue;
    }

    public void setPairsDue(LocalDate pairsDue) {
        this.pairsDue = pairsDue;
    }

    public LocalDate getStartedDue() {
        return startedDue;
    }

    public void setStartedDue(LocalDate startedDue) {
        this.startedDue = startedDue;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
