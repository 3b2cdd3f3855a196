package ru.edu.mentoring.contests;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import ru.edu.mentoring.shared.PlainText;

/** The department's contest form. */
public class ContestForm implements java.io.Serializable {

    @NotBlank(message = "{validation.required}")
    @Size(max = 300, message = "{validation.tooLong}")
    @PlainText
    private String title;

    @NotNull(message = "{validation.required}")
    private ContestLevel level = ContestLevel.MUNICIPAL;

    @NotNull(message = "{validation.required}")
    @Min(value = 2015, message = "{contest.year.range}")
    @Max(value = 2100, message = "{contest.year.range}")
    private Integer year;

    @NotNull(message = "{validation.required}")
    private ContestType type = ContestType.MENTOR;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate acceptFrom;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate acceptTo;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate juryFrom;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate juryTo;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate resultsOn;

    private Long version;

    ContestCommand command() {
        return new ContestCommand(title, level, year, type, acceptFrom, acceptTo, juryFrom, juryTo, resultsOn);
    }

    static ContestForm of(Contests.ContestView c) {
        ContestForm f = new ContestForm();
        f.title = c.title();
        f.level = c.level();
        f.year = c.year();
        f.type = c.type();
        f.acceptFrom = c.acceptFrom();
        f.acceptTo = c.acceptTo();
        f.juryFrom = c.juryFrom();
        f.juryTo = c.juryTo();
        f.resultsOn = c.resultsOn();
        f.version = c.version();
        return f;
    }

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public ContestLevel getLevel() { return level; }
    public void setLevel(ContestLevel level) { this.level = level; }
    public Integer getYear() { return year; }
    public void setYear(Integer year) { this.year = year; }
    public ContestType getType() { return type; }
    public void setType(ContestType type) { this.type = type; }
    public LocalDate getAcceptFrom() { return acceptFrom; }
    public void setAcceptFrom(LocalDate acceptFrom) { this.acceptFrom = acceptFrom; }
    public LocalDate getAcceptTo() { return acceptTo; }
    public void setAcceptTo(LocalDate acceptTo) { this.acceptTo = acceptTo; }
    public LocalDate getJuryFrom() { return juryFrom; }
    public void setJuryFrom(LocalDate juryFrom) { this.juryFrom = juryFrom; }
    public LocalDate getJuryTo() { return juryTo; }
    public void setJuryTo(LocalDate juryTo) { this.juryTo = juryTo; }
    public LocalDate getResultsOn() { return resultsOn; }
    public void setResultsOn(LocalDate resultsOn) { this.resultsOn = resultsOn; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
