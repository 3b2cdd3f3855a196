package ru.edu.mentoring.training;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import ru.edu.mentoring.shared.PlainText;

/** A credential as the form binds it: kind, its title for «иное», date given, document number. */
public class CredentialForm {

    @NotNull(message = "{validation.required}")
    private CredentialKind kind = CredentialKind.MENTOR_CATEGORY;

    @Size(max = 300, message = "{validation.tooLong}")
    @PlainText
    private String credentialTitle;

    @NotNull(message = "{validation.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate issuedOn;

    @Size(max = 100, message = "{validation.tooLong}")
    @PlainText
    private String credentialNumber;


    public CredentialKind getKind() {
        return kind;
    }

    public void setKind(CredentialKind kind) {
        this.kind = kind;
    }

    public String getCredentialTitle() {
        return credentialTitle;
    }

    public void setCredentialTitle(String credentialTitle) {
        this.credentialTitle = credentialTitle;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public void setIssuedOn(LocalDate issuedOn) {
        this.issuedOn = issuedOn;
    }

    public String getCredentialNumber() {
        return credentialNumber;
    }

    public void setCredentialNumber(String credentialNumber) {
        this.credentialNumber = credentialNumber;
    }

}
