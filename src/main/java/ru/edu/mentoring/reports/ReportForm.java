package ru.edu.mentoring.reports;

import jakarta.validation.constraints.Size;
import ru.edu.mentoring.shared.PlainText;

/** The curator's texts of a report; the figures are never part of the form. */
public class ReportForm {

    @Size(max = SchoolReport.MAX_TEXT, message = "{report.text.tooLong}")
    @PlainText(multiline = true)
    private String results;

    @Size(max = SchoolReport.MAX_TEXT, message = "{report.text.tooLong}")
    @PlainText(multiline = true)
    private String practices;

    @Size(max = SchoolReport.MAX_TEXT, message = "{report.text.tooLong}")
    @PlainText(multiline = true)
    private String difficulties;

    private Long version;

    public String getResults() {
        return results;
    }

    public void setResults(String results) {
        this.results = results;
    }

    public String getPractices() {
        return practices;
    }

    public void setPractices(String practices) {
        this.practices = practices;
    }

    public String getDifficulties() {
        return difficulties;
    }

    public void setDifficulties(String difficulties) {
        this.difficulties = difficulties;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
