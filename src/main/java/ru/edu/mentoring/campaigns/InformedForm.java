package ru.edu.mentoring.campaigns;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import ru.edu.mentoring.shared.PlainText;

/** The curator's mark that students, parents and employers were informed: the date and the evidence. */
class InformedForm {

    @NotNull(message = "{validation.date}")
    @PastOrPresent(message = "{informed.date.future}")
    @DateTimeFormat(pattern = "yyyy-MM-dd")
    private LocalDate informedOn;

    @NotBlank(message = "{informed.evidence.required}")
    @Size(max = 2000, message = "{validation.tooLong}")
    @PlainText(multiline = true)
    private String evidence;

    private Long version;

    public LocalDate getInformedOn() {
        return informedOn;
    }

    public void setInformedOn(LocalDate informedOn) {
        this.informedOn = informedOn;
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
