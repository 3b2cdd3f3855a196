package ru.edu.mentoring.accounts;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import ru.edu.mentoring.shared.PlainText;

/** What the administrator may set on an account; id and version travel apart from the bindable fields. */
class UserForm {

    @NotBlank(message = "{validation.required}")
    @Pattern(regexp = "[A-Za-z0-9._-]{3,50}", message = "{user.username.invalid}")
    @PlainText
    private String username;

    @NotBlank(message = "{validation.required}")
    @Size(max = 200, message = "{validation.tooLong}")
    @PlainText
    @Pattern(regexp = PlainText.PERSON_NAME, message = "{validation.personName}")
    private String fullName;

    @Email(message = "{validation.email}")
    @Size(max = 200, message = "{validation.tooLong}")
    @PlainText
    private String email;

    private Set<Role> roles = EnumSet.noneOf(Role.class);

    private Long municipalityId;

    private Set<Long> schoolIds = new HashSet<>();

    private Long regionId;

    @Size(max = 200, message = "{validation.tooLong}")
    @PlainText
    private String password;

    private long version;

    static UserForm of(UserAccount user) {
        UserForm form = new UserForm();
        form.username = user.getUsername();
        form.fullName = user.getFullName();
        form.email = user.getEmail();
        form.roles = user.getRoles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(user.getRoles());
        form.municipalityId = user.getMunicipalityId();
        form.schoolIds = new HashSet<>(user.getSchoolIds());
        form.regionId = user.getRegionId();
        form.version = user.getVersion();
        return form;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Set<Role> getRoles() {
        return roles;
    }

    public void setRoles(Set<Role> roles) {
        this.roles = roles == null ? EnumSet.noneOf(Role.class) : roles;
    }

    public Long getMunicipalityId() {
        return municipalityId;
    }

    public void setMunicipalityId(Long municipalityId) {
        this.municipalityId = municipalityId;
    }

    public Set<Long> getSchoolIds() {
        return schoolIds;
    }

    public void setSchoolIds(Set<Long> schoolIds) {
        this.schoolIds = schoolIds == null ? new HashSet<>() : schoolIds;
    }

    public Long getRegionId() {
        return regionId;
    }

    public void setRegionId(Long regionId) {
        this.regionId = regionId;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
