package ru.edu.mentoring.pairing;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.edu.mentoring.campaigns.SchoolActivity;
import ru.edu.mentoring.people.People;

/**
 * Tells the campaign how far each school's bases and pairs are in a campaign's period [from, asOf]: bases formed when
 * both got someone in the period (the later of the two first inclusions in it), pairs formed at the first pair that
 * starts in the period, mentoring started at the first non-draft pair that starts in it. Nothing done before the
 * period counts: last year's bases and pairs do not complete this year's stages.
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
    public Map<Long, Facts> facts(Collection<Long> schoolIds, LocalDate from, LocalDate asOf) {
        Map<Long, Facts> facts = new HashMap<>();
        if (asOf.isBefore(from)) {
            for (Long school : schoolIds) {
                facts.put(school, new Facts(0, 0, 0, 0, 0, null, null, null));
            }
            return facts;
        }
        for (Long school : schoolIds) {
            LocalDate mentorsFrom = people.firstInclusionBetween(school, true, from, asOf);
            LocalDate menteesFrom = people.firstInclusionBetween(school, false, from, asOf);
            LocalDate basesFormed = mentorsFrom == null || menteesFrom == null ? null
                    : (mentorsFrom.isAfter(menteesFrom) ? mentorsFrom : menteesFrom);
            LocalDate pairsFormed = pairs.firstRegisteredInYear(school, from, asOf);
            LocalDate started = pairs.firstStartedInYear(school, from, asOf);
            List<LocalDate> trainings = people.trainingDates(school, asOf);
            People.BaseCounts counts = people.baseCounts(school);
            facts.put(school, new Facts(people.mentorsInBaseOn(school, asOf), counts.mentees(), trainings.size(),
                    pairs.countInYear(school, from, asOf), pairs.countActive(school, asOf), basesFormed,
                    pairsFormed, started, trainings));
        }
        return facts;
    }
}
