package ru.edu.mentoring.documents;

import java.time.LocalDate;
import java.util.List;

/**
 * The approved programmes of mentoring a school's public page shows (implemented by the programmes module, which
 * depends on this one): no person's name, only what the programme says.
 */
public interface PublicProgrammes {

    /** One approved programme: its form, year, period, goal, tasks and variations. */
    record Item(String formName, String yearLabel, LocalDate periodFrom, LocalDate periodTo, String goal,
            String tasks, String variations) {}

    /** The school's approved programmes, the latest academic year first. */
    List<Item> approvedOf(long schoolId);
}
