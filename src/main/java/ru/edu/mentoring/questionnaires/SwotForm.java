package ru.edu.mentoring.questionnaires;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import ru.edu.mentoring.shared.PlainText;

/** The SWOT analysis of a form: four lists, one item per line. */
class SwotForm {

    @NotNull(message = "{validation.required}")
    private Long formId;

    @Size(max = 4000, message = "{validation.tooLong}")
    @PlainText(multiline = true)
    private String strengths;

    @Size(max = 4000, message = "{validation.tooLong}")
    @PlainText(multiline = true)
    private String weaknesses;

    @Size(max = 4000, message = "{validation.tooLong}")
    @PlainText(multiline = true)
    private String opportunities;

    @Size(max = 4000, message = "{validation.tooLong}")
    @PlainText(multiline = true)
    private String threats;

    private Long version;

    static SwotForm of(long formId, SwotAnalysis swot) {
        SwotForm form = new SwotForm();
        form.formId = formId;
        form.version = -1L;
        if (swot != null) {
            form.strengths = swot.getStrengths();
            form.weaknesses = swot.getWeaknesses();
            form.opportunities = swot.getOpportunities();
            form.threats = swot.getThreats();
            form.version = swot.getVersion();
        }
        return form;
    }

    public Long getFormId() {
        return formId;
    }

    public void setFormId(Long formId) {
        this.formId = formId;
    }

    public String getStrengths() {
        return strengths;
    }

    public void setStrengths(String strengths) {
        this.strengths = strengths;
    }

    public String getWeaknesses() {
        return weaknesses;
    }

    public void setWeaknesses(String weaknesses) {
        this.weaknesses = weaknesses;
    }

    public String getOpportunities() {
        return opportunities;
    }

    public void setOpportunities(String opportunities) {
        this.opportunities = opportunities;
    }

    public String getThreats() {
        return threats;
    }

    public void setThreats(String threats) {
        this.threats = threats;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
