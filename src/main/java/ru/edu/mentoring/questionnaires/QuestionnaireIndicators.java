package ru.edu.mentoring.questionnaires;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import ru.edu.mentoring.monitoring.QualityIndicators;

/**
 * The quality page's columns of monitoring stages 1 and 2: satisfaction (the exit wave's mean score of the
 * programme's effectiveness) and growth (the mean change exit − entry); a mean of fewer than 5 respondents is never
 * shown, and the municipality's is weighted by respondents.
 */
@Component
class QuestionnaireIndicators implements QualityIndicators {

    private final QuestionnaireFigures figures;

    QuestionnaireIndicators(QuestionnaireFigures figures) {
        this.figures = figures;
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public List<Column> columns(Scope scope) {
        return List.of(
                new Column("questionnaires.satisfaction", "indicators.col.satisfaction", Total.MEAN,
                        values(figures.satisfactionBySchool(scope.municipalityId(), scope.academicYear()))),
                new Column("questionnaires.growth", "indicators.col.growth", Total.MEAN,
                        values(figures.growthBySchool(scope.municipalityId(), scope.academicYear()))));
    }

    private static Map<Long, Value> values(Map<Long, QuestionnaireFigures.Figure> bySchool) {
        Map<Long, Value> values = new HashMap<>();
        bySchool.forEach((school, f) -> values.put(school, Value.mean(f.mean() == null ? null
                : BigDecimal.valueOf(f.mean()).setScale(2, RoundingMode.HALF_UP), f.respondents())));
        return values;
    }
}
