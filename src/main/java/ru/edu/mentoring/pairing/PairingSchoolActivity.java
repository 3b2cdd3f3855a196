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
        // a few grouped statements for all the schools (the department's home shows every school's stages)
        Map<Long, People.BaseFacts> bases = people.baseFacts(schoolIds, from, asOf);
        Map<Long, Object[]> pairRows = new HashMap<>();
        pairs.yearFactsOf(schoolIds, from, asOf).forEach(r -> pairRows.put(((Number) r[0]).longValue(), r));
        for (Long school : schoolIds) {
            People.BaseFacts b = bases.get(school);
            LocalDate mentorsFrom = b.mentorsFrom();
            LocalDate menteesFrom = b.menteesFrom();
            LocalDate basesFormed = mentorsFrom == null || menteesFrom == null ? null
                    : (mentorsFrom.isAfter(menteesFrom) ? mentorsFrom : menteesFrom);
            Object[] p = pairRows.get(school);
            LocalDate pairsFormed = p == null ? null : (LocalDate) p[1];
            LocalDate started = p == null ? null : (LocalDate) p[2];
            long inYear = p == null ? 0 : ((Number) p[3]).longValue();
            long active = p == null ? 0 : ((Number) p[4]).longValue();
            List<LocalDate> trainings = b.trainingDates();
            facts.put(school, new Facts(b.mentorsInBaseOn(), b.mentees(), trainings.size(), inYear, active,
                    basesFormed, pairsFormed, started, trainings));
        }
        return facts;
    }
}
