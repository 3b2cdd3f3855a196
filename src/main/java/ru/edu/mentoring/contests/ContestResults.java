package ru.edu.mentoring.contests;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A mentor's results in published contests, for the mentor's record (the honours module shows them). */
@Service
public class ContestResults {

    /** One result: the contest's title and year, the nomination (or null) and the place. */
    public record Entry(String contestTitle, int year, String nomination, int place) {}

    private final Contests contests;

    ContestResults(Contests contests) {
        this.contests = contests;
    }

    /** The person's places in contests whose results are final, newest year first. */
    @Transactional(readOnly = true)
    public List<Entry> forMentor(long personId) {
        return contests.forMentor(personId);
    }
}
