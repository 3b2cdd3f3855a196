package ru.edu.mentoring.questionnaires;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import ru.edu.mentoring.shared.PlainText;

/** An edit of a questionnaire template, saved as a new version. */
class TemplateForm {

    @NotBlank(message = "{validation.required}")
    @Size(max = 300, message = "{validation.tooLong}")
    @PlainText
    private String title;

    /** The existing questions, in order: their ids, texts and (for a choice question) options. */
    private List<Long> questionIds = new ArrayList<>();
    private List<String> texts = new ArrayList<>();
    private List<String> options = new ArrayList<>();
    /** The ids of the questions left out of the new version. */
    private Set<Long> removeIds = new LinkedHashSet<>();

    private QuestionKind newKind;

    @Size(max = 500, message = "{validation.tooLong}")
    @PlainText
    private String newText;

    @Size(max = 1000, message = "{validation.tooLong}")
    @PlainText
    private String newOptions;

    /** The version number of the template the user edited. */
    private Long version;

    static TemplateForm of(QuestionnaireTemplate template) {
        TemplateForm form = new TemplateForm();
        form.title = template.getTitle();
        form.version = (long) template.getVersionNo();
        for (TemplateQuestion q : template.getQuestions()) {
            form.questionIds.add(q.getId());
            form.texts.add(q.getText());
            form.options.add(q.getOptions() == null ? "" : q.getOptions());
        }
        return form;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public List<Long> getQuestionIds() {
        return questionIds;
    }

    public void setQuestionIds(List<Long> questionIds) {
        this.questionIds = questionIds;
    }

    public List<String> getTexts() {
        return texts;
    }

    public void setTexts(List<String> texts) {
        this.texts = texts;
    }

    public List<String> getOptions() {
        return options;
    }

    public void setOptions(List<String> options) {
        this.options = options;
    }

    public Set<Long> getRemoveIds() {
        return removeIds;
    }

    public void setRemoveIds(Set<Long> removeIds) {
        this.removeIds = removeIds;
    }

    public QuestionKind getNewKind() {
        return newKind;
    }

    public void setNewKind(QuestionKind newKind) {
        this.newKind = newKind;
    }

    public String getNewText() {
        return newText;
    }

    public void setNewText(String newText) {
        this.newText = newText;
    }

    public String getNewOptions() {
        return newOptions;
    }

    public void setNewOptions(String newOptions) {
        this.newOptions = newOptions;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
