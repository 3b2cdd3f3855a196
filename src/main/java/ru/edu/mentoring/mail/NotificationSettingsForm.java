package ru.edu.mentoring.mail;

import java.util.LinkedHashMap;
import java.util.Map;

/** The «Уведомления» settings form: a choice per notification kind (by the kind's name) and the set's version. */
public class NotificationSettingsForm {

    private Map<String, DeliveryChoice> choices = new LinkedHashMap<>();

    private Long version;

    public Map<String, DeliveryChoice> getChoices() {
        return choices;
    }

    public void setChoices(Map<String, DeliveryChoice> choices) {
        this.choices = choices;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
