package ru.edu.mentoring.questionnaires;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import ru.edu.mentoring.shared.PlainText;

/** An edit of a questionnaire template, saved as a new version. */
class TemplateForm {

    @NotBlank(message = "{validation.required}")
    @Size(max = 300, message = "{validation.tooLong}")
    @PlainText
    private String title;

    @Valid
    private List<QuestionRow> questions = new ArrayList<>();

    private QuestionKind newKind;

    @Size(max = 500, message = "{validation.tooLong}")
    @PlainText
    private String newText;

    @Size(max = 1000, message = "{validation.tooLong}")
    @PlainText
    private String newOptions;

    /** The version number of the template the user edited. */
    private Long version;

    /** One existing question: its text, its choices (a choice question), or removed. */
    public static class QuestionRow {

        private Long questionId;

        @NotBlank(message = "{validation.required}")
        @Size(max = 500, message = "{validation.tooLong}")
        @PlainText
        private String text;

        @Size(max = 1000, message = "{validation.tooLong}")
        @PlainText
        private String options;

        private boolean remove;

        public Long getQuestionId() {
            return questionId;
        }

        public void setQuestionId(Long questionId) {
            this.questionId = questionId;
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }

        public String getOptions() {
            return options;
        }

        public void setOptions(String options) {
            this.options = options;
        }

        public boolean isRemove() {
            return remove;
        }

        public void setRemove(boolean remove) {
            this.remove = remove;
        }
    }

    static TemplateForm of(QuestionnaireTemplate template) {
        TemplateForm form = new TemplateForm();
        form.title = template.getTitle();
        form.version = (long) template.getVersionNo();
        for (TemplateQuestion q : template.getQuestions()) {
            QuestionRow row = new QuestionRow();
            row.questionId = q.getId();
            row.text = q.getText();
            row.options = q.getOptions();
            form.questions.add(row);
        }
        return form;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public List<QuestionRow> getQuestions() {
        return questions;
    }

    public void setQuestions(List<QuestionRow> questions) {
        this.questions = questions;
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
