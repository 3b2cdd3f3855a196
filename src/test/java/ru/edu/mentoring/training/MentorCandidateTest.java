package ru.edu.mentoring.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The candidate aggregate keeps its transitions: заявка → собеседование → обучение → в базе | отказ. */
class MentorCandidateTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    private static MentorCandidate applied() {
        MentorCandidate c = new MentorCandidate(1, 2, TODAY.minusDays(10));
        c.answer(new Questionnaire(" Хочу помогать ", "", null, null, null, null));
        return c;
    }

    private static void refusedWith(MentorCandidate c, String key, Runnable step) {
        CandidateStatus before = c.getStatus();
        assertThatThrownBy(step::run).isInstanceOf(TrainingRuleException.class)
                .satisfies(e -> assertThat(((TrainingRuleException) e).messageKey()).isEqualTo(key));
        assertThat(c.getStatus()).as("a refused step changes nothing").isEqualTo(before);
    }

    @Test
    void theWholeWayFromApplicationToTheBase() {
        MentorCandidate c = applied();
        assertThat(c.getStatus()).isEqualTo(CandidateStatus.APPLIED);
        assertThat(c.getMotivation()).isEqualTo("Хочу помогать");
        assertThat(c.getExperience()).as("blank answers are kept as none").isNull();
        c.interview(TODAY.minusDays(3), "Иванова А. П.", null, null);
        assertThat(c.getStatus()).as("an interview set moves the application on").isEqualTo(CandidateStatus.INTERVIEW);
        c.interview(TODAY.minusDays(3), "Иванова А. П.", InterviewResult.RECOMMENDED, "Готов");
        c.startTraining();
        assertThat(c.getStatus()).isEqualTo(CandidateStatus.TRAINING);
        c.includeInBase(true, TODAY);
        assertThat(c.getStatus()).isEqualTo(CandidateStatus.IN_BASE);
        assertThat(c.getDecidedOn()).isEqualTo(TODAY);
    }

    @Test
    void noStepIsSkipped() {
        MentorCandidate c = applied();
        refusedWith(c, "candidate.rule.trainingFromInterview", c::startTraining);
        refusedWith(c, "candidate.rule.baseFromTraining", () -> c.includeInBase(true, TODAY));
        c.interview(TODAY, "Иванова А. П.", null, null);
        refusedWith(c, "candidate.rule.baseFromTraining", () -> c.includeInBase(true, TODAY));
    }

    @Test
    void trainingOnlyAfterARecommendationAndTheBaseOnlyWhenTrained() {
        MentorCandidate c = applied();
        c.interview(TODAY, "Иванова А. П.", null, null);
        refusedWith(c, "candidate.rule.trainingNeedsRecommendation", c::startTraining);
        c.interview(TODAY, "Иванова А. П.", InterviewResult.NOT_RECOMMENDED, null);
        refusedWith(c, "candidate.rule.trainingNeedsRecommendation", c::startTraining);
        c.interview(TODAY, "Иванова А. П.", InterviewResult.RECOMMENDED, null);
        c.startTraining();
        refusedWith(c, "candidate.rule.trainingNeedsRecommendation",
                () -> c.interview(TODAY, "Иванова А. П.", InterviewResult.NOT_RECOMMENDED, null));
        refusedWith(c, "candidate.rule.baseNeedsTraining", () -> c.includeInBase(false, TODAY));
    }

    @Test
    void anInterviewNeedsItsDateAndInterviewer() {
        MentorCandidate c = applied();
        refusedWith(c, "candidate.rule.interviewIncomplete", () -> c.interview(null, "Иванова", null, null));
        refusedWith(c, "candidate.rule.interviewIncomplete", () -> c.interview(TODAY, " ", null, null));
    }

    @Test
    void aRefusalNeedsItsReasonAndIsFinalLikeTheBase() {
        for (int steps = 0; steps < 3; steps++) {
            MentorCandidate c = applied();
            if (steps >= 1) {
                c.interview(TODAY, "Иванова А. П.", InterviewResult.RECOMMENDED, null);
            }
            if (steps >= 2) {
                c.startTraining();
            }
            refusedWith(c, "candidate.rule.refusalReason", () -> c.refuse("  ", TODAY));
            c.refuse(" Высокая нагрузка ", TODAY);
            assertThat(c.getStatus()).isEqualTo(CandidateStatus.REFUSED);
            assertThat(c.getRefusalReason()).isEqualTo("Высокая нагрузка");
            refusedWith(c, "candidate.rule.closed", () -> c.refuse("ещё раз", TODAY));
            refusedWith(c, "candidate.rule.closed", () -> c.interview(TODAY, "Иванова", null, null));
            refusedWith(c, "candidate.rule.closed", () -> c.answer(new Questionnaire("x", null, null, null, null,
                    null)));
            refusedWith(c, "candidate.rule.trainingFromInterview", c::startTraining);
        }
        MentorCandidate inBase = applied();
        inBase.interview(TODAY, "Иванова А. П.", InterviewResult.RECOMMENDED, null);
        inBase.startTraining();
        inBase.includeInBase(true, TODAY);
        refusedWith(inBase, "candidate.rule.closed", () -> inBase.refuse("поздно", TODAY));
        refusedWith(inBase, "candidate.rule.baseFromTraining", () -> inBase.includeInBase(true, TODAY));
    }

    @Test
    void trainedMeansACourseFinishedByTheDayOrAValidCategory() {
        MentorCourse future = new MentorCourse(1, 2, "Курс", null, 36, null, TODAY.plusDays(1), DocType.OTHER, null);
        MentorCourse done = new MentorCourse(1, 2, "Курс", null, 36, null, TODAY, DocType.OTHER, null);
        MentorCredential category = new MentorCredential(1, 2, CredentialKind.MENTOR_CATEGORY, null,
                TODAY.minusYears(5).plusDays(1), null);
        MentorCredential expired = new MentorCredential(1, 2, CredentialKind.MENTOR_CATEGORY, null,
                TODAY.minusYears(5), null);
        MentorCredential badge = new MentorCredential(1, 2, CredentialKind.HONORARY_MENTOR, null, TODAY, null);
        assertThat(Trainings.trained(List.of(future), List.of(), TODAY)).isFalse();
        assertThat(Trainings.trained(List.of(future, done), List.of(), TODAY)).isTrue();
        assertThat(Trainings.trained(List.of(), List.of(category), TODAY)).as("valid five years").isTrue();
        assertThat(expired.getExpiresOn()).isEqualTo(TODAY);
        assertThat(expired.expiredOn(TODAY)).isTrue();
        assertThat(Trainings.trained(List.of(), List.of(expired), TODAY)).as("expired on its fifth anniversary")
                .isFalse();
        assertThat(Trainings.trained(List.of(), List.of(badge), TODAY)).as("a badge is no training").isFalse();
        assertThat(badge.getExpiresOn()).isNull();
        assertThat(Trainings.hours(List.of(future, done), TODAY)).as("hours of finished courses").isEqualTo(36);
    }

    @Test
    void aCourseHasHoursAboveZeroAndItsEndAfterItsStart() {
        assertThatThrownBy(() -> new MentorCourse(1, 2, "Курс", null, 0, null, TODAY, DocType.OTHER, null))
                .isInstanceOf(TrainingRuleException.class).hasMessage("course.hours.invalid");
        assertThatThrownBy(() -> new MentorCourse(1, 2, "Курс", null, 8, TODAY, TODAY.minusDays(1), DocType.OTHER,
                null)).isInstanceOf(TrainingRuleException.class).hasMessage("course.dates.invalid");
        assertThatThrownBy(() -> new MentorCredential(1, 2, CredentialKind.OTHER, " ", TODAY, null))
                .isInstanceOf(TrainingRuleException.class).hasMessage("credential.title.required");
    }
}
