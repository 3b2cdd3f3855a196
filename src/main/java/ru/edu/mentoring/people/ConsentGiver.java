package ru.edu.mentoring.people;

/** Who gave a consent: the person, or a parent / legal representative of a minor. */
public enum ConsentGiver {
    SELF,
    REPRESENTATIVE;

    public String messageKey() {
        return "consent.givenBy." + name();
    }
}
