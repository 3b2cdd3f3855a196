package ru.edu.mentoring.demo;

import java.time.LocalDate;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import ru.edu.mentoring.people.ConsentGiver;
import ru.edu.mentoring.people.PeopleDemoRecords;
import ru.edu.mentoring.people.PeopleRegistry;
import ru.edu.mentoring.people.RecordConsent;
import ru.edu.mentoring.people.SaveMenteeEntry;
import ru.edu.mentoring.people.SavePerson;
import ru.edu.mentoring.people.PersonKind;
import ru.edu.mentoring.people.Retention;
import ru.edu.mentoring.schools.Schools;

/**
 * The 152-ФЗ lifecycle in МАОУ СОШ № 1: a student whose parent withdrew consent (processing stopped, shown under
 * «отозвавшие согласие»), and a student of 2019/20 whose retention period is over, anonymised by the job with a
 * destruction record. Runs once, after the other demo data.
 */
@Component
@Order(60)
@ConditionalOnProperty(name = "app.demo-data.enabled", havingValue = "true")
class PrivacyDemoData implements ApplicationRunner {

    private final Schools schools;
    private final PeopleRegistry registry;
    private final Retention retention;
    private final PeopleDemoRecords records;

    PrivacyDemoData(Schools schools, PeopleRegistry registry, Retention retention, PeopleDemoRecords records) {
        this.schools = schools;
        this.registry = registry;
        this.retention = retention;
        this.records = records;
    }

    @Override
    public void run(ApplicationArguments args) {
        Long municipality = schools.municipalityByName(DemoData.MUNICIPALITY).orElse(null);
        if (municipality == null) {
            return;
        }
        Long school = schools.ofMunicipality(municipality).stream().filter(s -> s.shortName().equals("МАОУ СОШ № 1"))
                .map(s -> s.id()).findFirst().orElse(null);
        if (school == null || records.anyProcessingStopped(school)) {
            return;
        }
        long leaving = registry.create(school, PersonKind.STUDENT, student("Переездова", "Алина", "Игоревна", 7));
        long consent = registry.recordConsent(leaving, new RecordConsent(LocalDate.of(2025, 9, 1),
                ConsentGiver.REPRESENTATIVE, "Переездова Ольга Викторовна", "2025-1"));
        registry.putInMenteeBase(leaving, new SaveMenteeEntry("Адаптация после перехода из другой школы", null));
        registry.revokeConsent(leaving, consent, "Заявление законного представителя от 10.11.2026");

        long former = registry.create(school, PersonKind.STUDENT, student("Давнишний", "Пётр", "Андреевич", 11));
        registry.recordConsent(former, new RecordConsent(LocalDate.of(2019, 9, 2), ConsentGiver.REPRESENTATIVE,
                "Давнишняя Елена Сергеевна", "2019-1"));
        records.backdate(former, LocalDate.of(2019, 9, 2), 2019);
        retention.run(List.of(school), "система (ночная задача)");
    }

    private static SavePerson student(String last, String first, String middle, int grade) {
        return SavePerson.named(last, first, middle).withClass(grade, "А");
    }
}
