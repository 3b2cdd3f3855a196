package ru.edu.mentoring.questionnaires;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One answered questionnaire, stored against the pair, the respondent's role (and slot among a group's mentees),
 * the wave and the template version — never against a person's name or id. The curator's own questionnaire has no
 * pair.
 */
@Entity
@Table(name = "questionnaire_response")
class QuestionnaireResponse {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "template_id", nullable = false)
    private long templateId;

    @Column(name = "school_id", nullable = false)
    private long schoolId;

    @Column(name = "pair_id")
    private Long pairId;

    @Column(name = "form_id")
    private Long formId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Respondent respondent;

    @Column(nullable = false)
    private int slot;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Wave wave;

    @Column(name = "academic_year", nullable = false)
    private int academicYear;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt = Instant.now();

    @Column(nullable = false)
    private String source;

    @Column(name = "entered_by")
    private Long enteredBy;

    @ElementCollection
    @CollectionTable(name = "questionnaire_answer", joinColumns = @JoinColumn(name = "response_id"))
    private List<Answer> answers = new ArrayList<>();

    protected QuestionnaireResponse() {}

    QuestionnaireResponse(long templateId, long schoolId, Long pairId, Long formId, Respondent respondent, int slot,
            Wave wave, int academicYear, String source, Long enteredBy) {
        this.templateId = templateId;
        this.schoolId = schoolId;
        this.pairId = pairId;
        this.formId = formId;
        this.respondent = respondent;
        this.slot = slot;
        this.wave = wave;
        this.academicYear = academicYear;
        this.source = source;
        this.enteredBy = enteredBy;
    }

    public Long getId() {
        return id;
    }

    public long getTemplateId() {
        return templateId;
    }

    public long getSchoolId() {
        return schoolId;
    }

    public Long getPairId() {
        return pairId;
    }

    public Long getFormId() {
        return formId;
    }

    public Respondent getRespondent() {
        return respondent;
    }

    public int getSlot() {
        return slot;
    }

    public Wave getWave() {
        return wave;
    }

    public int getAcademicYear() {
        return academicYear;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public String getSource() {
        return source;
    }

    public Long getEnteredBy() {
        return enteredBy;
    }

    public List<Answer> getAnswers() {
        return answers;
    }
}
