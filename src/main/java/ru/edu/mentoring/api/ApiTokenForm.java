package ru.edu.mentoring.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import ru.edu.mentoring.shared.PlainText;

/** The administrator's new token: the system's name and its scope (a region, or one municipality). */
public class ApiTokenForm {

    /** What a token reads. */
    public enum Scope {
        REGION,
        MUNICIPALITY
    }

    @NotBlank(message = "{validation.required}")
    @Size(max = 200, message = "{validation.tooLong}")
    @PlainText
    private String name;

    @NotNull(message = "{validation.required}")
    private Scope scope = Scope.REGION;

    @Size(max = 200, message = "{validation.tooLong}")
    @PlainText
    private String regionName;

    private Long forMunicipality;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Scope getScope() {
        return scope;
    }

    public void setScope(Scope scope) {
        this.scope = scope;
    }

    public String getRegionName() {
        return regionName;
    }

    public void setRegionName(String regionName) {
        this.regionName = regionName;
    }

    /** The municipality a municipality's token reads. */
    public Long getForMunicipality() {
        return forMunicipality;
    }

    public void setForMunicipality(Long forMunicipality) {
        this.forMunicipality = forMunicipality;
    }
}
