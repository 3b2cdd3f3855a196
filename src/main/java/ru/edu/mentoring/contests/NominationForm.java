package ru.edu.mentoring.contests;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import ru.edu.mentoring.shared.PlainText;

/** A nomination typed by the department. */
public class NominationForm {

    @NotBlank(message = "{validation.required}")
    @Size(max = 300, message = "{validation.tooLong}")
    @PlainText
    private String title;

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
}
