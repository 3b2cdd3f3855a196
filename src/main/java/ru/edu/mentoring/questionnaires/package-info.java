/**
 * Questionnaires: monitoring stage 1 (quality of the programme) and stage 2 (growth of participants), issue 20
 * points 4 and 5 — the МР-42/02 questionnaires as versioned templates, one-time links (and QR codes) that open one
 * questionnaire without login, paper answers typed in by the curator, answers stored against the pair, respondent
 * role, wave and template version (never a person), the curator's questionnaire, the SWOT analysis per form, and the
 * aggregates (never on fewer than five respondents) published through {@link
 * ru.edu.mentoring.questionnaires.QuestionnaireFigures}. Listens to {@code meetings.PairFinished} to offer the exit
 * wave. Reads pairs through the views pairing publishes; writes only its own tables.
 */
package ru.edu.mentoring.questionnaires;
