package ru.edu.mentoring.demo;

import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import ru.edu.mentoring.meetings.MeetingsDemoRecords;
import ru.edu.mentoring.schools.SchoolSummary;
import ru.edu.mentoring.schools.Schools;

/**
 * Meeting logs of different completeness for the demo municipality's pairs (issue 20, point 3): last year's completed
 * groups with the whole sequence and a final meeting, this year's pairs on track, stalled past the school's N days or
 * without meetings; the final event of last year at МАОУ СОШ № 1. Runs once, after the pairs exist.
 */
@Component
@Order(55)
@ConditionalOnProperty(name = "app.demo-data.enabled", havingValue = "true")
class MeetingsDemoData implements ApplicationRunner {

    private final Schools schools;
    private final MeetingsDemoRecords records;

    MeetingsDemoData(Schools schools, MeetingsDemoRecords records) {
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
            records.load(school.id(), school.shortName().equals("МАОУ СОШ № 1"));
        }
    }
}
