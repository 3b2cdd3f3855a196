package ru.edu.mentoring.contests;

import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.Map;
import ru.edu.mentoring.shared.PlainText;

/** A juror's score sheet for one application: points and evidence per criterion id, one comment. */
public class ScoreForm {

    private Map<Long, Integer> points = new LinkedHashMap<>();

    private Map<Long, String> evidence = new LinkedHashMap<>();

    @Size(max = 2000, message = "{validation.tooLong}")
    @PlainText(multiline = true)
    private String comment;

    public Map<Long, Integer> getPoints() { return points; }
    public void setPoints(Map<Long, Integer> points) { this.points = points; }
    public Map<Long, String> getEvidence() { return evidence; }
    public void setEvidence(Map<Long, String> evidence) { this.evidence = evidence; }
    public String getComment() { return comment; }
    public void setComment(String comment) { this.comment = comment; }
}
