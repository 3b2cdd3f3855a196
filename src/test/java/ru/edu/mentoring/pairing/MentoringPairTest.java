package ru.edu.mentoring.pairing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The pair's status moves only DRAFT → ACTIVE → COMPLETED or TERMINATED, through guarded methods. */
class MentoringPairTest {

    static MentoringPair draft() {
        MentoringPair pair = new MentoringPair(1, UUID.randomUUID());
        pair.define(1, null, 2, Set.of(3L), null, LocalDate.of(2026, 9, 1), LocalDate.of(2027, 5, 31), "цель");
        return pair;
    }

    @Test
    void draftActivatesThenCompletesWithAResult() {
        MentoringPair pair = draft();
        pair.activate();
        assertThat(pair.getStatus()).isEqualTo(PairStatus.ACTIVE);
        pair.complete(LocalDate.of(2027, 5, 20), "результат");
        assertThat(pair.getStatus()).isEqualTo(PairStatus.COMPLETED);
        assertThat(pair.getEndDate()).isEqualTo(LocalDate.of(2027, 5, 20));
    }

    @Test
    void terminationNeedsAReason() {
        MentoringPair pair = draft();
        pair.activate();
        assertThatThrownBy(() -> pair.terminate(LocalDate.of(2026, 12, 1), " "))
                .isInstanceOfSatisfying(PairStateException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("pair.error.reasonRequired"));
        pair.terminate(LocalDate.of(2026, 12, 1), "переезд");
        assertThat(pair.getStatus()).isEqualTo(PairStatus.TERMINATED);
        assertThat(pair.getTerminationReason()).isEqualTo("переезд");
    }

    @Test
    void completionNeedsAResultAndAnEndNotBeforeTheStart() {
        MentoringPair pair = draft();
        pair.activate();
        assertThatThrownBy(() -> pair.complete(LocalDate.of(2027, 5, 1), ""))
                .isInstanceOf(PairStateException.class);
        assertThatThrownBy(() -> pair.complete(LocalDate.of(2026, 8, 1), "результат"))
                .isInstanceOfSatisfying(PairStateException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("pair.error.endBeforeStart"));
        assertThat(pair.getStatus()).isEqualTo(PairStatus.ACTIVE);
    }

    @Test
    void aDraftCannotBeCompletedOrTerminated() {
        MentoringPair pair = draft();
        assertThatThrownBy(() -> pair.complete(LocalDate.of(2027, 5, 1), "r")).isInstanceOf(PairStateException.class);
        assertThatThrownBy(() -> pair.terminate(LocalDate.of(2027, 5, 1), "r")).isInstanceOf(PairStateException.class);
        assertThat(pair.getStatus()).isEqualTo(PairStatus.DRAFT);
    }

    @Test
    void closedPairsCannotBeReactivatedRedefinedOrAmended() {
        MentoringPair pair = draft();
        pair.activate();
        assertThatThrownBy(pair::activate).isInstanceOf(PairStateException.class);
        assertThatThrownBy(() -> pair.define(1, null, 2, Set.of(3L), null, LocalDate.of(2026, 9, 1),
                LocalDate.of(2027, 5, 31), "x")).isInstanceOf(PairStateException.class);
        pair.complete(LocalDate.of(2027, 5, 20), "результат");
        assertThatThrownBy(pair::activate).isInstanceOf(PairStateException.class);
        assertThatThrownBy(() -> pair.amend(LocalDate.of(2027, 6, 1), "x", "1", LocalDate.of(2027, 1, 1)))
                .isInstanceOf(PairStateException.class);
    }

    @Test
    void anActivePairMayBeFixedByAnOrder() {
        MentoringPair pair = draft();
        pair.activate();
        pair.amend(LocalDate.of(2027, 6, 1), "новая цель", " 15-о ", LocalDate.of(2026, 9, 2));
        assertThat(pair.getOrderNumber()).isEqualTo("15-о");
        assertThat(pair.getGoal()).isEqualTo("новая цель");
        assertThat(pair.isGroup()).isFalse();
    }
}
