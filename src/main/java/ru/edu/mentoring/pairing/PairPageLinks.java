package ru.edu.mentoring.pairing;

import java.time.LocalDate;
import java.util.List;

/**
 * What a higher module shows on a pair's page (programmes: the school's programme the pair belongs to and a teacher
 * pair's personalised programme), without pairing depending on it: the module implements this and the pair's page
 * lists the links it gives.
 */
public interface PairPageLinks {

    /**
     * One line of the pair's page: a label, a link's text ({@code textKey} with {@code args}), an optional status
     * badge (a message key) and its target (none: plain text).
     */
    record Link(String labelKey, String textKey, List<Object> args, String statusKey, String href, String testId) {}

    /** The links for a pair of this school and form that started on {@code startDate}. */
    List<Link> linksFor(long pairId, long schoolId, long formId, LocalDate startDate, boolean canEdit);
}
