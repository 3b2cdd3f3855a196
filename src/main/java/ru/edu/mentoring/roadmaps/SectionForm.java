package ru.edu.mentoring.roadmaps;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import ru.edu.mentoring.shared.PlainText;

/** A section of the municipal roadmap as the department adds it. */
class SectionForm {

    @NotBlank(message = "{validation.required}")
    @Size(max = 20, message = "{validation.tooLong}")
    @PlainText
    private String number;

    @NotBlank(message = "{validation.required}")
    @Size(max = 1000, message = "{validation.tooLong}")
    @PlainText(multiline = true)
    private String title;

    @Size(max = 200, message = "{validation.tooLong}")
    @PlainText
    private String deadlineText;

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDeadlineText() {
        return deadlineText;
    }

    public void setDeadlineText(String deadlineText) {
        this.deadlineText = deadlineText;
    }
}
