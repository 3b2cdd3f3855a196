package ru.edu.mentoring.demo;

import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import ru.edu.mentoring.questionnaires.QuestionnairesDemoRecords;
import ru.edu.mentoring.schools.SchoolSummary;
import ru.edu.mentoring.schools.Schools;

/**
 * Answered questionnaires for the demo municipality (issue 20, points 4, 5 and 7): entry and exit waves of the pairs'
 * mentees and mentors in МАОУ СОШ № 1 and № 2 (enough respondents for the figures), one pair in МАОУ СОШ № 7 (too
 * few: «недостаточно ответов»), and a SWOT analysis at МАОУ СОШ № 1. Runs once, after the pairs and meetings exist.
 */
@Component
@Order(56)
@ConditionalOnProperty(name = "app.demo-data.enabled", havingValue = "true")
class QuestionnairesDemoData implements ApplicationRunner {

    private final Schools schools;
    private final QuestionnairesDemoRecords records;

    QuestionnairesDemoData(Schools schools, QuestionnairesDemoRecords records) {
        this.schools = schools;
        this.records = records;
    }

    @Override
    public void run(ApplicationArguments args) {
        Long municipality = schools.municipalityByName(DemoData.MUNICIPALITY).orElse(null);
        if (municipality == null) {
            return;
        }
        List<SchoolSummary> list = schools.ofMunicipality(municipality);
        if (records.anyIn(list.stream().map(SchoolSummary::id).toList())) {
            return;
        }
        for (SchoolSummary school : list) {
            switch (school.shortName()) {
                case "МАОУ СОШ № 1" -> records.load(school.id(), 8, true);
                case "МАОУ СОШ № 2" -> records.load(school.id(), 6, false);
                case "МАОУ СОШ № 7" -> records.load(school.id(), 1, false);
                default -> { }
            }
        }
    }
}
