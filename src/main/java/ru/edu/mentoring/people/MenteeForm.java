package ru.edu.mentoring.people;


/** A person's entry in the mentee base as the form binds it (web side), mapped to {@link SaveMenteeEntry}. */
public class MenteeForm {

    private String request;

    private Long wantedFormId;

    private boolean inBase = true;

    private long version;

    public MenteeForm() {}

    static MenteeForm of(MenteeProfile m) {
        MenteeForm f = new MenteeForm();
        f.request = m.getRequest();
        f.wantedFormId = m.getWantedFormId();
        f.inBase = m.isInBase();
        f.version = m.getVersion();
        return f;
    }

    /** The command this form gives. */
    SaveMenteeEntry command() {
        return new SaveMenteeEntry(request, wantedFormId, inBase, version);
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
