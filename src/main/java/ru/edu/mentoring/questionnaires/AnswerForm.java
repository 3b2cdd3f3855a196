package ru.edu.mentoring.questionnaires;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The answers of a questionnaire by question id (read from the request's {@code answers[<id>]} parameters by
 * {@link #answersOf}, never bound) (checked per question by {@link Questionnaires#answers}); a paper
 * answer also names the respondent and wave it was given for.
 */
class AnswerForm {

    private Map<String, String> answers = new LinkedHashMap<>();
    private Respondent respondent;
    private Wave wave;
    private Integer slot;

    /** The {@code answers[<question id>]} parameters of a request, by question id. */
    static Map<String, String> answersOf(Map<String, String> params) {
        Map<String, String> answers = new LinkedHashMap<>();
        params.forEach((k, v) -> {
            if (k.startsWith("answers[") && k.endsWith("]")) {
                answers.put(k.substring(8, k.length() - 1), v);
            }
        });
        return answers;
    }

    public Map<String, String> getAnswers() {
        return answers;
    }

    public void setAnswers(Map<String, String> answers) {
        this.answers = answers;
    }

    public Respondent getRespondent() {
        return respondent;
    }

    public void setRespondent(Respondent respondent) {
        this.respondent = respondent;
    }

    public Wave getWave() {
        return wave;
    }

    public void setWave(Wave wave) {
        this.wave = wave;
    }

    public Integer getSlot() {
        return slot;
    }

    public void setSlot(Integer slot) {
        this.slot = slot;
    }
}
