package ru.edu.mentoring.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import ru.edu.mentoring.monitoring.CoverageCalculator.PairFact;
import ru.edu.mentoring.monitoring.CoverageCalculator.PersonFact;
import ru.edu.mentoring.monitoring.CoverageCalculator.Result;

/** The counting rules of domain.md on hand-computed fixtures. */
class CoverageCalculatorTest {

    static final long A = 1;
    static final long B = 2;
    static final LocalDate END_2023 = LocalDate.of(2023, 12, 31);

    static Map<Long, PersonFact> people(long... studentIds) {
        Map<Long, PersonFact> map = new java.util.HashMap<>();
        for (long id : studentIds) {
            map.put(id, new PersonFact(id, true));
        }
        map.put(900L, new PersonFact(900, false)); // a teacher
        map.put(901L, new PersonFact(901, false)); // another teacher
        return map;
    }

    static PairFact pair(long school, String start, String end, long mentor, Long... mentees) {
        return new PairFact(school, false, LocalDate.parse(start), end == null ? null : LocalDate.parse(end), mentor,
                Set.of(mentees));
    }

    static BigDecimal pct(String s) {
        return new BigDecimal(s);
    }

    @Test
    void aStudentWhoIsBothMentorAndMenteeCountsOnce() {
        // student 1 mentors student 2 and is mentee of a teacher: 2 students involved of 10
        Result r = CoverageCalculator.compute(2023, END_2023, people(1, 2), List.of(
                pair(A, "2023-09-01", null, 1, 2L),
                pair(A, "2023-02-01", "2023-05-31", 900, 1L)), Map.of(A, 10));
        assertThat(r.involvedBySchool()).containsEntry(A, 2L);
        assertThat(r.percentBySchool().get(A)).isEqualByComparingTo("20.0");
    }

    @Test
    void aStudentInSeveralPairsAndFormsCountsOnce() {
        Result r = CoverageCalculator.compute(2023, END_2023, people(1, 2, 3), List.of(
                pair(A, "2023-01-10", null, 900, 1L, 2L),
                pair(A, "2023-03-01", null, 901, 1L, 3L)), Map.of(A, 30));
        assertThat(r.involvedBySchool()).containsEntry(A, 3L);
        assertThat(r.percentBySchool().get(A)).isEqualByComparingTo("10.0");
    }

    @Test
    void teachersAreNotCountedAsStudents() {
        Result r = CoverageCalculator.compute(2023, END_2023, people(1), List.of(
                pair(A, "2023-01-10", null, 900, 901L, 1L)), Map.of(A, 4));
        assertThat(r.involvedBySchool()).containsEntry(A, 1L);
        assertThat(r.percentBySchool().get(A)).isEqualByComparingTo("25.0");
    }

    @Test
    void aDraftNeverCountsAndPeriodsMustOverlapTheYearUpToTheDate() {
        LocalDate asOf = LocalDate.of(2023, 6, 30);
        Result r = CoverageCalculator.compute(2023, asOf, people(1, 2, 3, 4, 5), List.of(
                new PairFact(A, true, LocalDate.parse("2023-02-01"), null, 900, Set.of(1L)),   // draft
                pair(A, "2022-09-15", "2022-12-31", 900, 2L),  // ended before 1 January: no
                pair(A, "2022-09-15", "2023-01-01", 900, 3L),  // completed on 1 January: active that day, yes
                pair(A, "2023-07-01", null, 900, 4L),          // starts after the date: no
                pair(A, "2023-06-30", null, 901, 5L)),         // starts on the date: yes
                Map.of(A, 8));
        assertThat(r.involvedBySchool()).containsEntry(A, 2L);
        assertThat(r.percentBySchool().get(A)).isEqualByComparingTo("25.0");
    }

    @Test
    void aTerminatedPairCountsForTheDaysItWasActive() {
        Result in2022 = CoverageCalculator.compute(2022, LocalDate.of(2022, 12, 31), people(1), List.of(
                pair(A, "2022-10-01", "2022-11-15", 900, 1L)), Map.of(A, 3));
        Result in2023 = CoverageCalculator.compute(2023, END_2023, people(1), List.of(
                pair(A, "2022-10-01", "2022-11-15", 900, 1L)), Map.of(A, 3));
        assertThat(in2022.percentBySchool().get(A)).isEqualByComparingTo("33.3");
        assertThat(in2023.percentBySchool().get(A)).isEqualByComparingTo("0.0");
    }

    @Test
    void withoutAStudentCountTheSchoolHasNoDataRatherThanZero() {
        Result r = CoverageCalculator.compute(2023, END_2023, people(1), List.of(
                pair(B, "2023-01-10", null, 900, 1L)), Map.of(A, 10));
        assertThat(r.involvedBySchool()).containsEntry(B, 1L).containsEntry(A, 0L);
        assertThat(r.percentBySchool().get(B)).isNull();
        assertThat(r.percentBySchool().get(A)).isEqualByComparingTo("0.0");
        // the municipality leaves the school without a count out of both sums
        assertThat(r.municipalInvolved()).isZero();
        assertThat(r.municipalStudents()).isEqualTo(10);
    }

    @Test
    void theMunicipalityIsTheSumOfInvolvedOverTheSumOfStudentsNotAMeanOfPercentages() {
        // A: 1 of 2 (50 %), B: 1 of 8 (12,5 %): the mean would be 31,25 %; the rule gives 2 of 10 = 20,0 %
        Result r = CoverageCalculator.compute(2023, END_2023, people(1, 2), List.of(
                pair(A, "2023-01-10", null, 900, 1L),
                pair(B, "2023-01-10", null, 901, 2L)), Map.of(A, 2, B, 8));
        assertThat(r.percentBySchool().get(A)).isEqualByComparingTo("50.0");
        assertThat(r.percentBySchool().get(B)).isEqualByComparingTo("12.5");
        assertThat(r.municipalPercent()).isEqualByComparingTo("20.0");
    }

    @Test
    void aStudentInTwoSchoolsOfTheMunicipalityCountsOnceForTheMunicipality() {
        // student 1 is a mentee at A and a mentor at B: involved in both schools, once in the municipality
        Result r = CoverageCalculator.compute(2023, END_2023, people(1, 2), List.of(
                pair(A, "2023-01-10", null, 900, 1L),
                pair(B, "2023-01-10", null, 1, 2L)), Map.of(A, 5, B, 5));
        assertThat(r.involvedBySchool()).containsEntry(A, 1L).containsEntry(B, 2L);
        assertThat(r.municipalInvolved()).isEqualTo(2);
        assertThat(r.municipalStudents()).isEqualTo(10);
        assertThat(r.municipalPercent()).isEqualByComparingTo("20.0");
    }

    @Test
    void percentagesHaveOneDecimalRoundedHalfUp() {
        assertThat(Coverage.percent(1, 3)).isEqualByComparingTo("33.3");
        assertThat(Coverage.percent(2, 3)).isEqualByComparingTo("66.7");
        assertThat(Coverage.percent(1, 8)).isEqualByComparingTo("12.5");
        assertThat(Coverage.percent(1, 16)).isEqualByComparingTo("6.3"); // 6,25 → 6,3 (half up, not half even)
        assertThat(Coverage.percent(1, 0)).isNull();
        assertThat(Coverage.percent(1, null)).isNull();
        assertThat(Coverage.format(new BigDecimal("80"))).isEqualTo("80,0\u00a0%");
        assertThat(Coverage.format(new BigDecimal("6.3"))).isEqualTo("6,3\u00a0%");
    }

    @Test
    void aTargetIsMetWhenTheInvolvedReachTheCeilingOfTargetTimesStudents() {
        assertThat(Coverage.met(63, 140, pct("45.0"))).isTrue();
        assertThat(Coverage.met(62, 140, pct("45.0"))).isFalse();
        assertThat(Coverage.met(10, null, pct("45.0"))).isNull();
        assertThat(Coverage.met(10, 0, pct("45.0"))).isNull();
        assertThat(Coverage.met(10, 100, null)).isNull();
    }

    /** Issue 16, point 14: 709 of 1 182 shows 60,0 % but misses 60 % (⌈709,2⌉ = 710) by one student. */
    @Test
    void sevenHundredNineOfElevenEightyTwoDoesNotMeetSixtyPercentAndMissesOne() {
        assertThat(Coverage.percent(709, 1182)).isEqualByComparingTo("60.0");
        assertThat(Coverage.needed(1182, pct("60.0"))).isEqualTo(710);
        assertThat(Coverage.met(709, 1182, pct("60.0"))).isFalse();
        assertThat(Coverage.gap(709, 1182, pct("60.0"))).isEqualTo(1);
        assertThat(Coverage.met(710, 1182, pct("60.0"))).isTrue();
        assertThat(Coverage.gap(710, 1182, pct("60.0"))).isZero();
        Figure below = Figure.of(709, 1182, pct("60.0"));
        assertThat(below.met()).isFalse();
        assertThat(below.below()).isTrue();
        assertThat(below.state()).isEqualTo("below");
        assertThat(below.gap()).isEqualTo(1);
        Figure met = Figure.of(710, 1182, pct("60.0"));
        assertThat(met.state()).isEqualTo("met");
        assertThat(met.gap()).isZero();
    }

    @Test
    void theGapIsHowManyMoreStudentsReachTheTarget() {
        // 140 students, target 45 %: 63 needed; 50 involved → 13 more
        assertThat(Coverage.gap(50, 140, pct("45.0"))).isEqualTo(13);
        // 7 students, 15 %: 1,05 → 2 needed
        assertThat(Coverage.gap(1, 7, pct("15.0"))).isEqualTo(1);
        assertThat(Coverage.gap(70, 100, pct("70.0"))).isZero();
        assertThat(Coverage.gap(90, 100, pct("70.0"))).isZero();
        // 1 499 of 10 000 shows 15,0 % (rounded) but 1 500 are needed: one more, and not met
        assertThat(Coverage.gap(1499, 10000, pct("15.0"))).isEqualTo(1);
        assertThat(Coverage.met(1499, 10000, pct("15.0"))).isFalse();
        // exact decimal arithmetic: 33,3 % of 1 000 is 333 exactly, not 333,00000001
        assertThat(Coverage.needed(1000, pct("33.3"))).isEqualTo(333);
        assertThat(Coverage.gap(10, null, pct("15.0"))).isNull();
        assertThat(Coverage.gap(10, 100, null)).isNull();
    }
}
