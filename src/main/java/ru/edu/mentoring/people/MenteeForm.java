package ru.edu.mentoring.people;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import ru.edu.mentoring.shared.PlainText;

/** A person's entry in the mentee base: the key request and the wanted form. */
public class MenteeForm {

    @NotBlank(message = "{validation.required}")
    @Size(max = 2000, message = "{validation.tooLong}")
    @PlainText(multiline = true)
    private String request;

    private Long wantedFormId;

    private boolean inBase = true;

    private long version;

    public MenteeForm() {}

    public MenteeForm(String request, Long wantedFormId) {
        this.request = request;
        this.wantedFormId = wantedFormId;
    }

    static MenteeForm of(MenteeProfile m) {
        MenteeForm f = new MenteeForm(m.getRequest(), m.getWantedFormId());
        f.inBase = m.isInBase();
        f.version = m.getVersion();
        return f;
    }

    public String getRequest() {
        return request;
    }

    public void setRequest(String request) {
        this.request = request;
    }

    public Long getWantedFormId() {
        return wantedFormId;
    }

    public void setWantedFormId(Long wantedFormId) {
        this.wantedFormId = wantedFormId;
    }

    public boolean isInBase() {
        return inBase;
    }

    public void setInBase(boolean inBase) {
        this.inBase = inBase;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
