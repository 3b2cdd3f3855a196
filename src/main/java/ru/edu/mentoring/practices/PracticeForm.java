package ru.edu.mentoring.practices;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.format.annotation.DateTimeFormat;
import ru.edu.mentoring.shared.PlainText;
/** The passport of a practice as its school's curator writes it. */
public class PracticeForm {
    @NotBlank(message = "{validation.required}")
    @Size(max = 300, message = "{validation.tooLong}")
    @PlainText
    private String title;

    private Long formId;

    @Size(max = 300, message = "{validation.tooLong}")
    @PlainText
    private String roleModel;

    @Size(max = 4000, message = "{validation.tooLong}")
    @PlainText(multiline = true)
    private String problem;

    @Size(max = 4000, message = "{validation.tooLong}")
    @PlainText(multiline = true)
    private String goal;

    @Size(max = 2000, message = "{validation.tooLong}")
    @PlainText(multiline = true)
    private String participants;

    @DateTimeFormat(pattern = "yyyy-MM-dd")
    private LocalDate periodStart;

    @DateTimeFormat(pattern = "yyyy-MM-dd")
    private LocalDate periodEnd;

    @Size(max = 8000, message = "{validation.tooLong}")
    @PlainText(multiline = true)
    private String description;

    @Size(max = 4000, message = "{validation.tooLong}")
    @PlainText(multiline = true)
    private String resources;

    @Size(max = 8000, message = "{validation.tooLong}")
    @PlainText(multiline = true)
    private String results;

    @Size(max = 4000, message = "{validation.tooLong}")
    @PlainText(multiline = true)
    private String effectiveness;

    @Size(max = 4000, message = "{validation.tooLong}")
    @PlainText(multiline = true)
    private String uniqueness;

    @Size(max = 4000, message = "{validation.tooLong}")
    @PlainText(multiline = true)
    private String replicability;

    @Size(max = 4000, message = "{validation.tooLong}")
    @PlainText(multiline = true)
    private String scalability;

    private boolean publishConsent;

    private Long version;

    /** The fields a curator may post (never id, school, status, level or the contest). */
    static final String[] ALLOWED = {"title", "formId", "roleModel", "problem", "goal", "participants",
        "periodStart", "periodEnd", "description", "resources", "results", "effectiveness", "uniqueness",
        "replicability", "scalability", "publishConsent", "version"};

    static PracticeForm of(PracticeViews.PracticeView p) {
        PracticeForm f = new PracticeForm();
        f.title = p.title();
        f.formId = p.formId();
        f.roleModel = p.roleModel();
        f.problem = p.problem();
        f.goal = p.goal();
        f.participants = p.participants();
        f.periodStart = p.periodStart();
        f.periodEnd = p.periodEnd();
        f.description = p.description();
        f.resources = p.resources();
        f.results = p.results();
        f.effectiveness = p.effectiveness();
        f.uniqueness = p.uniqueness();
        f.replicability = p.replicability();
        f.scalability = p.scalability();
        f.publishConsent = p.publishConsent();
        f.version = p.version();
        return f;
    }

    Practice.Passport passport() {
        return new Practice.Passport(title.strip(), formId, blank(roleModel), blank(problem), blank(goal),
                blank(participants), periodStart, periodEnd, blank(description), blank(resources), blank(results),
                blank(effectiveness), blank(uniqueness), blank(replicability), blank(scalability), publishConsent);
    }

    static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public Long getFormId() {
        return formId;
    }

    public void setFormId(Long formId) {
        this.formId = formId;
    }

    public String getRoleModel() {
        return roleModel;
    }

    public void setRoleModel(String roleModel) {
        this.roleModel = roleModel;
    }

    public String getProblem() {
        return problem;
    }

    public void setProblem(String problem) {
        this.problem = problem;
    }

    public String getGoal() {
        return goal;
    }

    public void setGoal(String goal) {
        this.goal = goal;
    }

    public String getParticipants() {
        return participants;
    }

    public void setParticipants(String participants) {
        this.participants = participants;
    }

    public LocalDate getPeriodStart() {
        return periodStart;
    }

    public void setPeriodStart(LocalDate periodStart) {
        this.periodStart = periodStart;
    }

    public LocalDate getPeriodEnd() {
        return periodEnd;
    }

    public void setPeriodEnd(LocalDate periodEnd) {
        this.periodEnd = periodEnd;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getResources() {
        return resources;
    }

    public void setResources(String resources) {
        this.resources = resources;
    }

    public String getResults() {
        return results;
    }

    public void setResults(String results) {
        this.results = results;
    }

    public String getEffectiveness() {
        return effectiveness;
    }

    public void setEffectiveness(String effectiveness) {
        this.effectiveness = effectiveness;
    }

    public String getUniqueness() {
        return uniqueness;
    }

    public void setUniqueness(String uniqueness) {
        this.uniqueness = uniqueness;
    }

    public String getReplicability() {
        return replicability;
    }

    public void setReplicability(String replicability) {
        this.replicability = replicability;
    }

    public String getScalability() {
        return scalability;
    }

    public void setScalability(String scalability) {
        this.scalability = scalability;
    }

    public boolean isPublishConsent() {
        return publishConsent;
    }

    public void setPublishConsent(boolean publishConsent) {
        this.publishConsent = publishConsent;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
