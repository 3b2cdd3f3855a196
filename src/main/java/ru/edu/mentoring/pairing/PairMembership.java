package ru.edu.mentoring.pairing;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.edu.mentoring.people.ConsentWithdrawn;
import ru.edu.mentoring.people.PersonAnonymised;
import ru.edu.mentoring.people.PersonsMerged;

/**
 * What the people module's events do to pairs, in the publishing transaction: a merge moves the removed record's
 * places, an anonymisation clears the pairs' texts, a stop of processing takes the person out of what runs.
 */
@Component
class PairMembership {

    static final String WITHDRAWAL_REASON = "Отзыв согласия на обработку персональных данных";

    static final String GROUP_WITHDRAWAL_REASON = "Участник отозвал согласие на обработку персональных данных;"
            + " группа продолжена без него с ";

    static final String EXPIRY_REASON = "Истёк срок согласия на обработку персональных данных";

    static final String GROUP_EXPIRY_REASON = "У участника истёк срок согласия на обработку персональных данных;"
            + " группа продолжена без него с ";

    private final PairRepository pairs;
    private final PairList pairList;
    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;

    PairMembership(PairRepository pairs, PairList pairList, JdbcTemplate jdbc, ApplicationEventPublisher events) {
        this.pairs = pairs;
        this.pairList = pairList;
        this.jdbc = jdbc;
        this.events = events;
    }

    /**
     * Two records of one person were merged (issue 16 point 5): the pairs the removed record leads and its places in
     * pairs and groups move to the kept record, in the merging transaction. The people module refused the merge before
     * when both records are in one pair, so no pair gets the same person twice. Three statements for any number of
     * pairs (the one place pairing writes its tables in SQL besides the anonymisation below); {@link PairChanged}
     * names both records for the coverage read model.
     */
    @EventListener
    @Transactional
    public void onPersonsMerged(PersonsMerged event) {
        jdbc.update("update mentoring_pair set mentor_id = ?, updated_at = now(), version = version + 1"
                + " where mentor_id = ?", event.keptId(), event.removedId());
        jdbc.update("insert into pair_mentee (pair_id, person_id) select pair_id, ? from pair_mentee"
                + " where person_id = ? on conflict do nothing", event.keptId(), event.removedId());
        jdbc.update("delete from pair_mentee where person_id = ?", event.removedId());
        pairList.pairsChanged();
        events.publishEvent(new PairChanged(event.schoolId(), null, false,
                Set.of(event.keptId(), event.removedId())));
    }

    /**
     * A person was anonymised (they are in no running pair by then): the goal, result and termination reason of every
     * pair or group they were in are cleared (a reason the application wrote itself stays), and any other pair of the
     * school whose text names them gets the pseudonym instead — in the anonymising transaction.
     */
    @EventListener
    @Transactional
    public void onPersonAnonymised(PersonAnonymised event) {
        String pattern = event.namePattern();
        if (pattern != null) {
            jdbc.update("update mentoring_pair set goal = regexp_replace(goal, ?, ?, 'g'),"
                    + " result = regexp_replace(result, ?, ?, 'g'),"
                    + " termination_reason = regexp_replace(termination_reason, ?, ?, 'g')"
                    + " where school_id = ? and (goal ~ ? or result ~ ? or termination_reason ~ ?)",
                    pattern, event.pseudonym(), pattern, event.pseudonym(), pattern, event.pseudonym(),
                    event.schoolId(), pattern, pattern, pattern);
            events.publishEvent(new PairChanged(event.schoolId(), null, true, Set.of())); // texts only
        }
        for (MentoringPair pair : pairs.involving(event.personId())) {
            String reason = pair.getTerminationReason();
            boolean systemReason = reason != null && (reason.equals(WITHDRAWAL_REASON)
                    || reason.startsWith(GROUP_WITHDRAWAL_REASON) || reason.equals(EXPIRY_REASON)
                    || reason.startsWith(GROUP_EXPIRY_REASON));
            pair.clearTexts();
            if (systemReason) {
                pair.keepTerminationReason(reason);
            }
        }
    }

    /**
     * Processing of a participant's data stopped (consent withdrawn, or its term ended): they leave every running pair
     * on the day it stopped. A pair they lead or the only mentee of is terminated; a group goes on without them as a
     * new pair from the next day (same form, mentor, goal, order), so the days the group ran with them still count.
     * Drafts forget them.
     */
    @EventListener
    @Transactional
    public void onConsentWithdrawn(ConsentWithdrawn event) {
        long personId = event.personId();
        LocalDate on = event.on();
        for (MentoringPair pair : pairs.involving(personId)) {
            boolean mentor = pair.getMentorId() == personId;
            Set<Long> others = new LinkedHashSet<>(pair.getMenteeIds());
            others.remove(personId);
            if (pair.getStatus() == PairStatus.DRAFT) {
                if (mentor || others.isEmpty()) {
                    pairs.delete(pair);
                } else {
                    pair.define(pair.getFormId(), pair.getVariationId(), pair.getMentorId(), others,
                            pair.getTeacherFormat(), pair.getStartDate(), pair.getPlannedEnd(), pair.getGoal());
                }
            } else if (pair.getStatus() == PairStatus.ACTIVE) {
                LocalDate end = on.isBefore(pair.getStartDate()) ? pair.getStartDate() : on;
                LocalDate next = end.plusDays(1);
                if (mentor || others.isEmpty() || !pair.getPlannedEnd().isAfter(next)) {
                    pair.terminate(end, event.expired() ? EXPIRY_REASON : WITHDRAWAL_REASON);
                } else {
                    pair.terminate(end, (event.expired() ? GROUP_EXPIRY_REASON : GROUP_WITHDRAWAL_REASON)
                            + DateTimeFormatter.ofPattern("dd.MM.yyyy").format(next));
                    pairs.save(pair.continuedWithout(others, next));
                }
            }
        }
    }
}
