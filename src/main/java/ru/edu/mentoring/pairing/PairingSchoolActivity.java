package ru.edu.mentoring.pairing;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.edu.mentoring.campaigns.SchoolActivity;
import ru.edu.mentoring.people.People;
import ru.edu.mentoring.shared.AcademicYear;

/**
 * Tells the campaign how far each school's bases and pairs are in an academic year: bases formed when both have
 * someone (the later of the two first inclusions), pairs formed at the first pair registered in the year, mentoring
 * started at the first pair that ran in the year.
 */
@Component
class PairingSchoolActivity implements SchoolActivity {

    private final PairRepository pairs;
    private final People people;

    PairingSchoolActivity(PairRepository pairs, People people) {
        this.pairs = pairs;
        this.people = people;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, Facts> facts(Collection<Long> schoolIds, LocalDate asOf) {
        LocalDate yearStart = LocalDate.of(AcademicYear.of(asOf), 9, 1);
        Map<Long, Facts> facts = new HashMap<>();
        for (Long school : schoolIds) {
            People.BaseCounts counts = people.baseCounts(school);
            LocalDate mentorsFrom = people.firstInclusion(school, true);
            LocalDate menteesFrom = people.firstInclusion(school, false);
            LocalDate basesFormed = mentorsFrom == null || menteesFrom == null ? null
                    : (mentorsFrom.isAfter(menteesFrom) ? mentorsFrom : menteesFrom);
            if (basesFormed != null && basesFormed.isAfter(asOf)) {
                basesFormed = null;
            }
            LocalDate pairsFormed = pairs.firstRegisteredInYear(school, yearStart, asOf);
            LocalDate started = pairs.firstStartedInYear(school, yearStart, asOf);
            facts.put(school, new Facts(counts.mentors(), counts.mentees(), counts.trainedMentors(),
                    pairs.countInYear(school, yearStart, asOf), pairs.countActive(school, asOf), basesFormed,
                    pairsFormed, started));
        }
        return facts;
    }
}
