package ru.edu.mentoring.training;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/**
 * A candidate mentor of a school (R-145 stage 4, «отбор наставников»): the questionnaire, the interview and the
 * decision. The aggregate keeps its transitions: заявка (APPLIED) → собеседование (INTERVIEW, once an interview is set)
 * → обучение (TRAINING, only when the interview recommended the candidate) → в базе (IN_BASE, only when trained) or
 * отказ (REFUSED, with a reason, from any open status). IN_BASE and REFUSED are final.
 */
@Entity
@Table(name = "mentor_candidate")
class MentorCandidate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "school_id", nullable = false)
    private long schoolId;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CandidateStatus status = CandidateStatus.APPLIED;

    @Column(name = "applied_on", nullable = false)
    private LocalDate appliedOn;

    private String motivation;
    private String experience;
    private String competences;
    private String interests;

    @Column(name = "preferred_mentees")
    private String preferredMentees;

    private String availability;

    @Column(name = "interview_date")
    private LocalDate interviewDate;

    private String interviewer;

    @Enumerated(EnumType.STRING)
    @Column(name = "interview_result")
    private InterviewResult interviewResult;

    @Column(name = "interview_comment")
    private String interviewComment;

    @Column(name = "refusal_reason")
    private String refusalReason;

    @Column(name = "decided_on")
    private LocalDate decidedOn;

    @Version
    private long version;

    protected MentorCandidate() {}

    MentorCandidate(long schoolId, long personId, LocalDate appliedOn) {
        this.schoolId = schoolId;
        this.personId = personId;
        this.appliedOn = appliedOn;
    }

    /** The questionnaire's answers; editable while the candidacy is open. */
    void answer(Questionnaire q) {
        requireOpen();
        this.motivation = blankToNull(q.motivation());
        this.experience = blankToNull(q.experience());
        this.competences = blankToNull(q.competences());
        this.interests = blankToNull(q.interests());
        this.preferredMentees = blankToNull(q.preferredMentees());
        this.availability = blankToNull(q.availability());
    }

    /**
     * Sets or records the interview: date and interviewer (required), the result and a comment once it took place.
     * An application (APPLIED) moves to INTERVIEW; during the interview or training it may be corrected.
     */
    void interview(LocalDate date, String interviewer, InterviewResult result, String comment) {
        requireOpen();
        if (date == null || interviewer == null || interviewer.isBlank()) {
            throw new TrainingRuleException("candidate.rule.interviewIncomplete");
        }
        if (status == CandidateStatus.TRAINING && result != InterviewResult.RECOMMENDED) {
            throw new TrainingRuleException("candidate.rule.trainingNeedsRecommendation");
        }
        this.interviewDate = date;
        this.interviewer = interviewer.strip();
        this.interviewResult = result;
        this.interviewComment = blankToNull(comment);
        if (status == CandidateStatus.APPLIED) {
            status = CandidateStatus.INTERVIEW;
        }
    }

    /** собеседование → обучение: only after an interview that recommended the candidate. */
    void startTraining() {
        if (status != CandidateStatus.INTERVIEW) {
            throw new TrainingRuleException("candidate.rule.trainingFromInterview");
        }
        if (interviewResult != InterviewResult.RECOMMENDED) {
            throw new TrainingRuleException("candidate.rule.trainingNeedsRecommendation");
        }
        status = CandidateStatus.TRAINING;
    }

    /** обучение → в базе: only once the candidate is trained (a course finished or a valid category). */
    void includeInBase(boolean trained, LocalDate today) {
        if (status != CandidateStatus.TRAINING) {
            throw new TrainingRuleException("candidate.rule.baseFromTraining");
        }
        if (!trained) {
            throw new TrainingRuleException("candidate.rule.baseNeedsTraining");
        }
        status = CandidateStatus.IN_BASE;
        decidedOn = today;
    }

    /** Any open status → отказ, with the reason. */
    void refuse(String reason, LocalDate today) {
        requireOpen();
        if (reason == null || reason.isBlank()) {
            throw new TrainingRuleException("candidate.rule.refusalReason");
        }
        status = CandidateStatus.REFUSED;
        refusalReason = reason.strip();
        decidedOn = today;
    }

    /** Free text may name the person: it goes when the person is anonymised. */
    void anonymise() {
        motivation = null;
        experience = null;
        competences = null;
        interests = null;
        preferredMentees = null;
        availability = null;
        interviewComment = null;
        if (refusalReason != null) {
            refusalReason = "—";
        }
    }

    private void requireOpen() {
        if (!status.open()) {
            throw new TrainingRuleException("candidate.rule.closed");
        }
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public Long getId() {
        return id;
    }

    public long getSchoolId() {
        return schoolId;
    }

    public long getPersonId() {
        return personId;
    }

    public CandidateStatus getStatus() {
        return status;
    }

    public LocalDate getAppliedOn() {
        return appliedOn;
    }

    public String getMotivation() {
        return motivation;
    }

    public String getExperience() {
        return experience;
    }

    public String getCompetences() {
        return competences;
    }

    public String getInterests() {
        return interests;
    }

    public String getPreferredMentees() {
        return preferredMentees;
    }

    public String getAvailability() {
        return availability;
    }

    public LocalDate getInterviewDate() {
        return interviewDate;
    }

    public String getInterviewer() {
        return interviewer;
    }

    public InterviewResult getInterviewResult() {
        return interviewResult;
    }

    public String getInterviewComment() {
        return interviewComment;
    }

    public String getRefusalReason() {
        return refusalReason;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public long getVersion() {
        return version;
    }
}
