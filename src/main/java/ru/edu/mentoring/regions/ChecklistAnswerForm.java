package ru.edu.mentoring.regions;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import ru.edu.mentoring.shared.PlainText;

/** A curator's answer to a checklist item: yes or no, with a link or a note on where the file is. */
class ChecklistAnswerForm {

    @NotNull(message = "{validation.required}")
    @Size(max = 40, message = "{validation.tooLong}")
    @PlainText
    private String itemCode;

    @NotNull(message = "{regions.checklist.answer.required}")
    private Boolean answer;

    @Size(max = 500, message = "{validation.tooLong}")
    @PlainText
    private String evidence;

    private Long version;

    public String getItemCode() {
        return itemCode;
    }

    public void setItemCode(String itemCode) {
        this.itemCode = itemCode;
    }

    public Boolean getAnswer() {
        return answer;
    }

    public void setAnswer(Boolean answer) {
        this.answer = answer;
    }

    public String getEvidence() {
        return evidence;
    }

    public void setEvidence(String evidence) {
        this.evidence = evidence;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
