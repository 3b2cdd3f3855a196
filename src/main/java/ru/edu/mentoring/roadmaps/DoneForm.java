package ru.edu.mentoring.roadmaps;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import ru.edu.mentoring.shared.PlainText;

/** A measure marked done: when, and the evidence (a note: order, link, minutes). */
class DoneForm {

    @NotNull(message = "{validation.date}")
    @DateTimeFormat(pattern = "yyyy-MM-dd")
    private LocalDate doneOn;

    @NotBlank(message = "{validation.required}")
    @Size(max = 2000, message = "{validation.tooLong}")
    @PlainText(multiline = true)
    private String evidence;

    private Long version;

    public LocalDate getDoneOn() {
        return doneOn;
    }

    public void setDoneOn(LocalDate doneOn) {
        this.doneOn = doneOn;
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
