package ru.edu.mentoring.questionnaires;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.List;

/** One question of a template version; its metric key stays the same across versions (aggregates match on it). */
@Entity
@Table(name = "questionnaire_question")
class TemplateQuestion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private QuestionKind kind;

    @Column(name = "metric_key", nullable = false)
    private String metricKey;

    @Column(nullable = false)
    private String text;

    private String options;

    @Column(nullable = false)
    private boolean required;

    protected TemplateQuestion() {}

    TemplateQuestion(int position, QuestionKind kind, String metricKey, String text, String options,
            boolean required) {
        this.position = position;
        this.kind = kind;
        this.metricKey = metricKey;
        this.text = text;
        this.options = options;
        this.required = required;
    }

    public Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public QuestionKind getKind() {
        return kind;
    }

    public String getMetricKey() {
        return metricKey;
    }

    public String getText() {
        return text;
    }

    public String getOptions() {
        return options;
    }

    public boolean isRequired() {
        return required;
    }

    /** The choices of a choice question, in order. */
    public List<String> getChoices() {
        return options == null || options.isBlank() ? List.of()
                : Arrays.stream(options.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
