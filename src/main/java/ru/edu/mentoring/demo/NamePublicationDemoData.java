package ru.edu.mentoring.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import ru.edu.mentoring.people.NamePublications;
import ru.edu.mentoring.people.Participant;
import ru.edu.mentoring.people.People;
import ru.edu.mentoring.people.ProcessingStoppedException;
import ru.edu.mentoring.people.RulesViolatedException;
import ru.edu.mentoring.schools.SchoolSummary;
import ru.edu.mentoring.schools.Schools;

/**
 * Consents to the publication of mentors' names (issue 21 point 5): the first two adult mentors of МАОУ СОШ № 1 (the
 * first is the demo contest's winner, so the public results name her) and the first of МАОУ СОШ № 7; the mentors of
 * МАОУ СОШ № 2 (the other first place) have none and stay «наставник (МАОУ СОШ № 2)». Runs once, after the contests.
 */
@Component
@Order(75)
@ConditionalOnProperty(name = "app.demo-data.enabled", havingValue = "true")
class NamePublicationDemoData implements ApplicationRunner {

    private final Schools schools;
    private final People people;
    private final NamePublications publications;

    NamePublicationDemoData(Schools schools, People people, NamePublications publications) {
        this.schools = schools;
        this.people = people;
        this.publications = publications;
    }

    @Override
    public void run(ApplicationArguments args) {
        Long municipality = schools.municipalityByName(DemoData.MUNICIPALITY).orElse(null);
        if (municipality == null) {
            return;
        }
        Map<String, Long> byName = schools.ofMunicipality(municipality).stream()
                .collect(Collectors.toMap(SchoolSummary::shortName, SchoolSummary::id, (a, b) -> a));
        LocalDate today = people.today();
        consent(byName.get("МАОУ СОШ № 1"), 2, today);
        consent(byName.get("МАОУ СОШ № 7"), 1, today);
    }

    private void consent(Long schoolId, int howMany, LocalDate today) {
        if (schoolId == null) {
            return;
        }
        List<Participant> adults = people.mentorBase(schoolId, today).stream().filter(p -> !p.minor())
                .limit(howMany).toList();
        for (Participant p : adults) {
            if (!publications.recorded(p.id())) {
                try {
                    publications.record(p.id(), today.minusDays(30), null, null);
                } catch (ProcessingStoppedException | RulesViolatedException e) {
                    // a mentor whose data are no longer processed, or who may not have the consent: left without
                }
            }
        }
    }
}
