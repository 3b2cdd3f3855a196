package ru.edu.mentoring.meetings;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** The school's setting of the meeting log. */
class SettingsForm {

    @NotNull(message = "{validation.required}")
    @Min(value = 1, message = "{meetingSettings.days.range}")
    @Max(value = 365, message = "{meetingSettings.days.range}")
    private Integer stallDays;

    private Long version;

    public Integer getStallDays() {
        return stallDays;
    }

    public void setStallDays(Integer stallDays) {
        this.stallDays = stallDays;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
