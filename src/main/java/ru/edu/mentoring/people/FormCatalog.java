package ru.edu.mentoring.people;

import java.util.Map;

/** The names of the mentoring forms, for a mentee's wanted form; implemented by the pairing module. */
public interface FormCatalog {

    /** Active forms by id, in display order. */
    Map<Long, String> formNames();
}
