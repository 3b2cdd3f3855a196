package ru.edu.mentoring.questionnaires;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The answer to one question: a scale value, yes/no, a choice or text, with the question's metric key. */
@Embeddable
class Answer {

    @Column(name = "question_id", nullable = false)
    private long questionId;

    @Column(name = "metric_key", nullable = false)
    private String metricKey;

    @Column(name = "scale_value")
    private Integer scaleValue;

    @Column(name = "yes_no")
    private Boolean yesNo;

    private String choice;

    @Column(name = "text_value")
    private String textValue;

    protected Answer() {}

    Answer(long questionId, String metricKey, Integer scaleValue, Boolean yesNo, String choice, String textValue) {
        this.questionId = questionId;
        this.metricKey = metricKey;
        this.scaleValue = scaleValue;
        this.yesNo = yesNo;
        this.choice = choice;
        this.textValue = textValue;
    }

    public long getQuestionId() {
        return questionId;
    }

    public String getMetricKey() {
        return metricKey;
    }

    public Integer getScaleValue() {
        return scaleValue;
    }

    public Boolean getYesNo() {
        return yesNo;
    }

    public String getChoice() {
        return choice;
    }

    public String getTextValue() {
        return textValue;
    }
}
