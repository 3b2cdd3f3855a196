package ru.edu.mentoring.mail;

import java.util.ArrayList;
import java.util.List;

/**
 * The «Уведомления» settings form: for each row the notification kind (a hidden field, by the kind's name) and the
 * choice made for it, in the same order; and the version of the user's set of choices.
 */
public class NotificationSettingsForm {

    private List<String> kinds = new ArrayList<>();

    private List<DeliveryChoice> choices = new ArrayList<>();

    private Long version;

    public List<String> getKinds() {
        return kinds;
    }

    public void setKinds(List<String> kinds) {
        this.kinds = kinds;
    }

    public List<DeliveryChoice> getChoices() {
        return choices;
    }

    public void setChoices(List<DeliveryChoice> choices) {
        this.choices = choices;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    /** The choice of one kind, for the page. */
    public DeliveryChoice choiceOf(String kind) {
        int i = kinds.indexOf(kind);
        return i < 0 || i >= choices.size() ? null : choices.get(i);
    }
}
