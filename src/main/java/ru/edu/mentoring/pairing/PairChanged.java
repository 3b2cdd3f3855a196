package ru.edu.mentoring.pairing;

import java.util.Set;

/**
 * A pair or group was written (registered, defined, activated, ended, deleted, its mentees or mentor changed, its
 * texts changed): published inside the writing transaction for every write, by the pair's JPA listener and by the
 * pairing module's own SQL (a merge, an anonymisation). Listeners (monitoring) read the pair after the transaction's
 * changes are flushed.
 *
 * @param schoolId the pair's school
 * @param pairId the pair, null when a statement touched several pairs (then {@code personIds} names the people)
 * @param draft the pair is and always was a draft, so coverage cannot have changed (drafts never count)
 * @param personIds people whose participation may have changed besides the pair's current ones (a mentee removed,
 *     a mentor replaced)
 */
public record PairChanged(long schoolId, Long pairId, boolean draft, Set<Long> personIds) {

    public PairChanged {
        personIds = Set.copyOf(personIds);
    }
}
