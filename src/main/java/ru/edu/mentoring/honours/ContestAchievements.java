package ru.edu.mentoring.honours;

import java.util.List;
import org.springframework.stereotype.Component;
import ru.edu.mentoring.contests.ContestResults;

/** The mentor's places in contests with published results (module contests), as the record shows them. */
@Component
class ContestAchievements implements MentorAchievements {

    private final ContestResults results;

    ContestAchievements(ContestResults results) {
        this.results = results;
    }

    @Override
    public List<Achievement> forMentor(long personId) {
        return results.forMentor(personId).stream()
                .map(e -> new Achievement(e.year(), null, "honours.achievement.contest",
                        e.contestTitle() + (e.nomination() == null || e.nomination().isBlank() ? ""
                                : " — " + e.nomination()),
                        e.place() == 1 ? "honours.achievement.winner"
                                : e.place() <= 3 ? "honours.achievement.prizeWinner" : "honours.achievement.participant",
                        null))
                .toList();
    }
}
