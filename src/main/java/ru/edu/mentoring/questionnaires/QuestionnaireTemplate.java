package ru.edu.mentoring.questionnaires;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One version of a questionnaire for a form of mentoring and a respondent. The national МР-42/02 versions have no
 * municipality; a department's edit makes a new version of its own municipality. A version is never changed once
 * saved: answers keep pointing to the version they answered.
 */
@Entity
@Table(name = "questionnaire_template")
class QuestionnaireTemplate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "form_id")
    private Long formId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Respondent respondent;

    @Column(name = "municipality_id")
    private Long municipalityId;

    @Column(name = "version_no", nullable = false)
    private int versionNo;

    @Column(nullable = false)
    private String title;

    @Column(name = "source_note")
    private String sourceNote;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.now();

    @Column(name = "created_by")
    private Long createdBy;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "template_id", nullable = false)
    @OrderBy("position")
    private List<TemplateQuestion> questions = new ArrayList<>();

    protected QuestionnaireTemplate() {}

    QuestionnaireTemplate(Long formId, Respondent respondent, Long municipalityId, int versionNo, String title,
            String sourceNote, Long createdBy) {
        this.formId = formId;
        this.respondent = respondent;
        this.municipalityId = municipalityId;
        this.versionNo = versionNo;
        this.title = title;
        this.sourceNote = sourceNote;
        this.createdBy = createdBy;
    }

    public Long getId() {
        return id;
    }

    public Long getFormId() {
        return formId;
    }

    public Respondent getRespondent() {
        return respondent;
    }

    public Long getMunicipalityId() {
        return municipalityId;
    }

    public int getVersionNo() {
        return versionNo;
    }

    public String getTitle() {
        return title;
    }

    public String getSourceNote() {
        return sourceNote;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Long getCreatedBy() {
        return createdBy;
    }

    public List<TemplateQuestion> getQuestions() {
        return questions;
    }
}
