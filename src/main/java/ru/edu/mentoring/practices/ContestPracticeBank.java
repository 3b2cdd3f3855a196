package ru.edu.mentoring.practices;

import java.util.List;
import org.springframework.stereotype.Component;
import ru.edu.mentoring.contests.PracticeBank;

/**
 * The bank as the contests module needs it: a school's published practices to name in a practice contest, and the
 * one step that enters a winning practice into the bank (published at once, marked as the contest's winner).
 */
@Component
class ContestPracticeBank implements PracticeBank {

    private final Practices practices;

    ContestPracticeBank(Practices practices) {
        this.practices = practices;
    }

    @Override
    public List<PracticeOption> publishedOf(long schoolId) {
        return practices.publishedOf(schoolId).stream()
                .map(p -> new PracticeOption(p.id(), p.title(), p.summary()))
                .toList();
    }

    @Override
    public Long enterWinner(long schoolId, String title, String summary, String contestTitle, int year) {
        return practices.enterWinner(schoolId, title, summary, contestTitle, year);
    }
}
