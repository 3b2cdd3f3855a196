package ru.edu.mentoring.questionnaires;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo municipality's answered questionnaires (issue 20, point 7): entry and exit waves of mentees and mentors
 * for the pairs of the forms that have questionnaires — enough respondents in some schools, too few in another —,
 * typed in as paper answers, and a SWOT analysis. Used by the demo data only.
 */
@Component
public class QuestionnairesDemoRecords {

    private final Questionnaires questionnaires;
    private final ResponseRepository responses;
    private final JdbcTemplate jdbc;

    QuestionnairesDemoRecords(Questionnaires questionnaires, ResponseRepository responses, JdbcTemplate jdbc) {
        this.questionnaires = questionnaires;
        this.responses = responses;
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public boolean anyIn(Collection<Long> schoolIds) {
        return schoolIds.stream().anyMatch(id -> jdbc.queryForObject(
                "select exists (select 1 from questionnaire_response where school_id = ?)", Boolean.class, id));
    }

    /** Answers for up to {@code maxPairs} pairs of the school: each pair's mentor and mentee, entry and exit. */
    @Transactional
    public void load(long schoolId, int maxPairs, boolean swot) {
        int year = questionnaires.currentYear();
        List<Questionnaires.PairInfo> pairs = questionnaires.pairsOf(schoolId).stream()
                .filter(p -> questionnaires.current(p.municipalityId(), p.formId(), Respondent.MENTEE).isPresent())
                .limit(maxPairs).toList();
        int i = 0;
        for (Questionnaires.PairInfo pair : pairs) {
            for (Respondent respondent : List.of(Respondent.MENTEE, Respondent.MENTOR)) {
                Optional<QuestionnaireTemplate> template = questionnaires.current(pair.municipalityId(), pair.formId(),
                        respondent);
                if (template.isEmpty()) {
                    continue;
                }
                int entry = 3 + (i % 4);
                int exit = Math.min(10, entry + 1 + (i * 7 % 4));
                answer(template.get(), pair, respondent, Wave.ENTRY, entry, year, i);
                answer(template.get(), pair, respondent, Wave.EXIT, exit, year, i);
                i++;
            }
        }
        if (swot && !pairs.isEmpty()) {
            questionnaires.saveSwot(schoolId, pairs.get(0).formId(), -1,
                    "Опытные наставники из числа педагогов\nПоддержка администрации школы",
                    "Мало групповых встреч\nНе все пары ведут журнал встреч",
                    "Сетевое взаимодействие с колледжем\nКонкурс «Наставник года»",
                    "Нагрузка педагогов\nВыпуск наставляемых 11-х классов", 0L);
        }
    }

    private void answer(QuestionnaireTemplate template, Questionnaires.PairInfo pair, Respondent respondent,
            Wave wave, int scale, int year, int i) {
        QuestionnaireResponse response = new QuestionnaireResponse(template.getId(), pair.schoolId(), pair.id(),
                pair.formId(), respondent, 1, wave, year, "PAPER", null);
        int q = 0;
        for (TemplateQuestion question : template.getQuestions()) {
            q++;
            switch (question.getKind()) {
                case SCALE -> response.getAnswers().add(new Answer(question.getId(), question.getMetricKey(),
                        Math.max(1, Math.min(10, scale + ((q + i) % 3) - 1)), null, null, null));
                case YES_NO -> response.getAnswers().add(new Answer(question.getId(), question.getMetricKey(), null,
                        (q + i) % 4 != 0, null, null));
                case CHOICE -> response.getAnswers().add(new Answer(question.getId(), question.getMetricKey(), null,
                        null, question.getChoices().get(Math.min(i % 2, question.getChoices().size() - 1)), null));
                case TEXT -> {
                    if (wave == Wave.EXIT && question.getMetricKey().equals("valuable")) {
                        response.getAnswers().add(new Answer(question.getId(), question.getMetricKey(), null, null,
                                null, "Совместная подготовка к олимпиаде"));
                    }
                }
            }
        }
        responses.save(response);
    }
}
