package ru.edu.mentoring.contests;

import java.util.List;

/**
 * The bank of practices as contests need it: the published practices a school may name in a practice contest, and
 * the «enter the bank» step for a winning practice. The practices module implements it
 * ({@code practices.ContestPracticeBank}).
 */
public interface PracticeBank {

    /** A practice a school may name: its id in the bank, title and summary. */
    record PracticeOption(long id, String title, String summary) {}

    List<PracticeOption> publishedOf(long schoolId);

    /**
     * Enters a winning practice into the bank.
     *
     * @return the practice's id in the bank, or null when no bank is there to take it
     */
    Long enterWinner(long schoolId, String title, String summary, String contestTitle, int year);

    /** Whether a real bank is connected (the page offers the step only then). */
    default boolean connected() {
        return true;
    }
}
