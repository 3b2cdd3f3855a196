package ru.edu.mentoring.questionnaires;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** Which respondent of the pair (and which mentee of a group) a one-time link is for, and the wave. */
class LinkForm {

    @NotNull(message = "{validation.required}")
    private Respondent respondent;

    @NotNull(message = "{validation.required}")
    @Min(value = 1, message = "{questionnaire.error.respondent}")
    @Max(value = 50, message = "{questionnaire.error.respondent}")
    private Integer slot = 1;

    @NotNull(message = "{validation.required}")
    private Wave wave;

    public Respondent getRespondent() {
        return respondent;
    }

    public void setRespondent(Respondent respondent) {
        this.respondent = respondent;
    }

    public Integer getSlot() {
        return slot;
    }

    public void setSlot(Integer slot) {
        this.slot = slot;
    }

    public Wave getWave() {
        return wave;
    }

    public void setWave(Wave wave) {
        this.wave = wave;
    }
}
