package ru.edu.mentoring.documents;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import ru.edu.mentoring.shared.PlainText;

/** A normative act as the department edits it. */
public class ActForm {

    @NotBlank(message = "{validation.required}")
    @Size(max = 500, message = "{validation.tooLong}")
    @PlainText
    private String title;

    @Size(max = 100, message = "{validation.tooLong}")
    @PlainText
    private String number;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate actDate;

    @Size(max = 500, message = "{validation.tooLong}")
    @Pattern(regexp = "^$|^https?://\\S+$", message = "{act.link.invalid}")
    @PlainText
    private String link;

    private Long version;

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public LocalDate getActDate() {
        return actDate;
    }

    public void setActDate(LocalDate actDate) {
        this.actDate = actDate;
    }

    public String getLink() {
        return link;
    }

    public void setLink(String link) {
        this.link = link;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
