package ru.edu.mentoring.honours;

import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The mentor's approved nominations: the грамоты and благодарности of the department they received. */
@Component
class HonourAchievements implements MentorAchievements {

    private final NominationRepository nominations;

    HonourAchievements(NominationRepository nominations) {
        this.nominations = nominations;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Achievement> forMentor(long personId) {
        return nominations.findByPersonIdOrderByYearDescIdDesc(personId).stream().filter(Nomination::issued)
                .map(n -> new Achievement(n.getYear(), n.getDecidedOn(), n.getKind().messageKey(), n.getWording(),
                        null, "/nominations/" + n.getId()))
                .toList();
    }
}
