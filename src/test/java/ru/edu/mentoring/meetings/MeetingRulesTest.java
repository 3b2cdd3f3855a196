package ru.edu.mentoring.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The order rules of a pair's meetings (programme.md 4.3), without the database. */
class MeetingRulesTest {

    static final LocalDate START = LocalDate.of(2026, 10, 1);
    static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
    static final MeetingRules.PairState ACTIVE = new MeetingRules.PairState("ACTIVE", START, Set.of(1L, 2L));

    static MeetingRules.Entry entry(long id, MeetingType type, int day, boolean curator) {
        return new MeetingRules.Entry(id, type, START.plusDays(day).atTime(15, 0), curator);
    }

    static MeetingCommand command(MeetingType type, LocalDateTime at, String outcome, Set<Long> people) {
        return new MeetingCommand(type, at, 40, MeetingFormat.IN_PERSON, null, null, outcome, null, true, null, null,
                people);
    }

    static List<String> codes(List<MeetingRules.Finding> findings) {
        return findings.stream().map(MeetingRules.Finding::code).toList();
    }

    @Test
    void theRecommendedSequenceGivesNoWarning() {
        assertThat(MeetingRules.warnings(List.of(entry(1, MeetingType.ACQUAINTANCE, 1, true),
                entry(2, MeetingType.TRIAL, 8, false), entry(3, MeetingType.PLANNING, 15, false),
                entry(4, MeetingType.WORKING, 22, false), entry(5, MeetingType.WORKING, 29, false),
                entry(6, MeetingType.FINAL, 60, true)))).isEmpty();
    }

    @Test
    void theFirstMeetingShouldBeTheAcquaintanceWithTheCurator() {
        assertThat(codes(MeetingRules.warnings(List.of(entry(1, MeetingType.TRIAL, 1, false)))))
                .containsExactly("meeting.warn.firstNotAcquaintance");
        assertThat(MeetingRules.warnings(List.of(entry(1, MeetingType.ACQUAINTANCE, 1, false))))
                .containsExactly(new MeetingRules.Finding("meeting.warn.curatorExpected", 1L));
    }

    @Test
    void planningComesBeforeTheFirstWorkingMeeting() {
        List<MeetingRules.Finding> found = MeetingRules.warnings(List.of(entry(1, MeetingType.ACQUAINTANCE, 1, true),
                entry(2, MeetingType.WORKING, 5, false), entry(3, MeetingType.PLANNING, 9, false),
                entry(4, MeetingType.WORKING, 12, false)));
        // only the working meeting before the planning one is named
        assertThat(found).containsExactly(new MeetingRules.Finding("meeting.warn.workingBeforePlanning", 2L));
    }

    @Test
    void theWarningsFollowTheDatesNotTheOrderOfEntry() {
        assertThat(MeetingRules.warnings(List.of(entry(2, MeetingType.TRIAL, 8, false),
                entry(1, MeetingType.ACQUAINTANCE, 1, true)))).isEmpty();
    }

    @Test
    void exactlyOneFinalMeeting() {
        List<MeetingRules.Entry> log = List.of(entry(1, MeetingType.ACQUAINTANCE, 1, true),
                entry(2, MeetingType.FINAL, 30, true));
        assertThat(MeetingRules.errors(ACTIVE, log, null, null, command(MeetingType.FINAL,
                START.plusDays(40).atTime(10, 0), "Итоги", Set.of(1L)), TODAY)).contains("meeting.error.secondFinal");
        // changing the one final meeting itself is no second one
        assertThat(MeetingRules.errors(ACTIVE, log, 2L, MeetingType.FINAL, command(MeetingType.FINAL,
                START.plusDays(31).atTime(10, 0), "Итоги", Set.of(1L)), TODAY)).isEmpty();
    }

    @Test
    void theFinalMeetingNeedsItsResultAndIsTheLast() {
        List<MeetingRules.Entry> log = List.of(entry(1, MeetingType.WORKING, 20, true));
        assertThat(MeetingRules.errors(ACTIVE, log, null, null, command(MeetingType.FINAL,
                START.plusDays(10).atTime(10, 0), " ", Set.of(1L, 2L)), TODAY))
                .containsExactly("meeting.error.finalOutcome", "meeting.error.finalNotLast");
    }

    @Test
    void aClosedOrDraftPairTakesNoMeeting() {
        MeetingCommand c = command(MeetingType.WORKING, START.plusDays(3).atTime(10, 0), null, Set.of(1L));
        assertThat(MeetingRules.errors(new MeetingRules.PairState("COMPLETED", START, Set.of(1L)), List.of(), null,
                null, c, TODAY)).containsExactly("meeting.error.pairClosed");
        assertThat(MeetingRules.errors(new MeetingRules.PairState("TERMINATED", START, Set.of(1L)), List.of(), null,
                null, c, TODAY)).containsExactly("meeting.error.pairClosed");
        assertThat(MeetingRules.errors(new MeetingRules.PairState("DRAFT", START, Set.of(1L)), List.of(), null,
                null, c, TODAY)).containsExactly("meeting.error.pairDraft");
    }

    @Test
    void datesAndParticipantsAreChecked() {
        assertThat(MeetingRules.errors(ACTIVE, List.of(), null, null, command(MeetingType.ACQUAINTANCE,
                START.minusDays(1).atTime(10, 0), null, Set.of(1L)), TODAY)).containsExactly("meeting.error.beforeStart");
        assertThat(MeetingRules.errors(ACTIVE, List.of(), null, null, command(MeetingType.ACQUAINTANCE,
                TODAY.plusDays(1).atTime(10, 0), null, Set.of(1L)), TODAY)).containsExactly("meeting.error.future");
        assertThat(MeetingRules.errors(ACTIVE, List.of(), null, null, command(MeetingType.ACQUAINTANCE,
                TODAY.atTime(10, 0), null, Set.of()), TODAY)).containsExactly("meeting.error.noParticipants");
        assertThat(MeetingRules.errors(ACTIVE, List.of(), null, null, command(MeetingType.ACQUAINTANCE,
                TODAY.atTime(10, 0), null, Set.of(1L, 99L)), TODAY)).containsExactly("meeting.error.notMember");
    }

    @Test
    void aMeetingCannotBecomeTheFinalOneOrStopBeingIt() {
        List<MeetingRules.Entry> log = List.of(entry(1, MeetingType.ACQUAINTANCE, 1, true));
        assertThat(MeetingRules.errors(ACTIVE, log, 1L, MeetingType.ACQUAINTANCE, command(MeetingType.FINAL,
                START.plusDays(1).atTime(15, 0), "Итоги", Set.of(1L)), TODAY))
                .contains("meeting.error.finalTypeChange");
    }

    @Test
    void theNextTypeFollowsTheSequence() {
        assertThat(MeetingRules.nextType(List.of())).isEqualTo(MeetingType.ACQUAINTANCE);
        assertThat(MeetingRules.nextType(List.of(entry(1, MeetingType.ACQUAINTANCE, 1, true))))
                .isEqualTo(MeetingType.TRIAL);
        assertThat(MeetingRules.nextType(List.of(entry(1, MeetingType.ACQUAINTANCE, 1, true),
                entry(2, MeetingType.TRIAL, 2, true)))).isEqualTo(MeetingType.PLANNING);
        assertThat(MeetingRules.nextType(List.of(entry(1, MeetingType.ACQUAINTANCE, 1, true),
                entry(2, MeetingType.TRIAL, 2, true), entry(3, MeetingType.PLANNING, 3, true))))
                .isEqualTo(MeetingType.WORKING);
    }

    @Test
    void aPairIsStalledAfterMoreThanNDays() {
        assertThat(MeetingRules.stalled(TODAY.minusDays(30), TODAY, 30)).isFalse();
        assertThat(MeetingRules.stalled(TODAY.minusDays(31), TODAY, 30)).isTrue();
        assertThat(MeetingRules.stalled(TODAY.minusDays(31), TODAY, 45)).isFalse();
    }
}
