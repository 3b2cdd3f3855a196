package ru.edu.mentoring.mail;

/** How a user hears of one kind of notification; IMMEDIATE unless they chose otherwise. */
public enum DeliveryChoice {
    /** Only the bell in the portal. */
    BELL,
    /** The bell and a letter at once. */
    IMMEDIATE,
    /** The bell and one letter a day gathering them. */
    DIGEST;

    public String messageKey() {
        return "mail.choice." + name();
    }
}
