package ru.edu.mentoring.schools;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import ru.edu.mentoring.shared.PlainText;

/** The editable fields of a school; id, municipality and version are never taken from it blindly. */
public class SchoolForm {

    @NotBlank(message = "{validation.required}")
    @Size(max = 500, message = "{validation.tooLong}")
    @PlainText
    private String fullName;

    @NotBlank(message = "{validation.required}")
    @Size(max = 200, message = "{validation.tooLong}")
    @PlainText
    private String shortName;

    @NotNull(message = "{validation.required}")
    private SchoolKind kind = SchoolKind.GENERAL;

    @Size(max = 500, message = "{validation.tooLong}")
    @PlainText
    private String address;

    @Size(max = 300, message = "{validation.tooLong}")
    @Pattern(regexp = "^$|^https?://[^\\s<>\"']+$", message = "{school.site.invalid}")
    @PlainText
    private String site;

    @Size(max = 200, message = "{validation.tooLong}")
    @PlainText
    @Pattern(regexp = PlainText.PERSON_NAME, message = "{validation.personName}")
    private String headName;

    /** Only the administrator chooses it; department staff create schools in their own municipality. */
    private Long municipalityId;

    private long version;

    public SchoolForm() {}

    public SchoolForm(String fullName, String shortName, SchoolKind kind, String address, String site,
            String headName) {
        this.fullName = fullName;
        this.shortName = shortName;
        this.kind = kind;
        this.address = address;
        this.site = site;
        this.headName = headName;
    }

    static SchoolForm of(School s) {
        SchoolForm f = new SchoolForm(s.getFullName(), s.getShortName(), s.getKind(), s.getAddress(), s.getSite(),
                s.getHeadName());
        f.municipalityId = s.getMunicipalityId();
        f.version = s.getVersion();
        return f;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getShortName() {
        return shortName;
    }

    public void setShortName(String shortName) {
        this.shortName = shortName;
    }

    public SchoolKind getKind() {
        return kind;
    }

    public void setKind(SchoolKind kind) {
        this.kind = kind;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getSite() {
        return site;
    }

    public void setSite(String site) {
        this.site = site;
    }

    public String getHeadName() {
        return headName;
    }

    public void setHeadName(String headName) {
        this.headName = headName;
    }

    public Long getMunicipalityId() {
        return municipalityId;
    }

    public void setMunicipalityId(Long municipalityId) {
        this.municipalityId = municipalityId;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
