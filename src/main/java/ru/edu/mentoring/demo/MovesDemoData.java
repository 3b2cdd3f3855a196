package ru.edu.mentoring.demo;

import java.time.LocalDate;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import ru.edu.mentoring.people.ConsentGiver;
import ru.edu.mentoring.people.People;
import ru.edu.mentoring.people.PeopleRegistry;
import ru.edu.mentoring.people.PersonKind;
import ru.edu.mentoring.people.PersonMoves;
import ru.edu.mentoring.people.RecordConsent;
import ru.edu.mentoring.people.SavePerson;
import ru.edu.mentoring.schools.SchoolSummary;
import ru.edu.mentoring.schools.Schools;
import ru.edu.mentoring.shared.AcademicYear;

/**
 * Issue 17 point 7: a student of the demo municipality who moved from МАОУ СОШ № 2 to МАОУ СОШ № 1 on 1 September of
 * the current academic year (one record, the move in the register's «Переводы»), and a classmate whose move to
 * МАОУ СОШ № 7 is scheduled for the 1st of next month (still in СОШ № 2 until then). Runs once, after the people
 * demo data (it must not create people before {@code PeopleDemoData}, which loads only into a school without any).
 */
@Component
@Order(65)
@ConditionalOnProperty(name = "app.demo-data.enabled", havingValue = "true")
class MovesDemoData implements ApplicationRunner {

    private final Schools schools;
    private final PeopleRegistry registry;
    private final PersonMoves moves;
    private final People people;

    MovesDemoData(Schools schools, PeopleRegistry registry, PersonMoves moves, People people) {
        this.schools = schools;
        this.registry = registry;
        this.moves = moves;
        this.people = people;
    }

    @Override
    public void run(ApplicationArguments args) {
        Long municipality = schools.municipalityByName(DemoData.MUNICIPALITY).orElse(null);
        if (municipality == null) {
            return;
        }
        Long from = school(municipality, "МАОУ СОШ № 2");
        Long to = school(municipality, "МАОУ СОШ № 1");
        Long later = school(municipality, "МАОУ СОШ № 7");
        if (from == null || to == null || later == null || moves.anyMoveOf(from)) {
            return;
        }
        LocalDate today = people.today();
        int year = AcademicYear.of(today);
        LocalDate firstSeptember = LocalDate.of(year, 9, 1);

        long moved = registry.create(from, PersonKind.STUDENT, SavePerson.named("Переходов", "Матвей", "Сергеевич")
                .withBirthDate(LocalDate.of(year - 12, 4, 17)).withClass(6, "Б"));
        registry.recordConsent(moved, new RecordConsent(firstSeptember.minusYears(1), ConsentGiver.REPRESENTATIVE,
                "Переходова Наталья Андреевна", "2025-1"));
        moves.move(moved, to, firstSeptember, -1, null);

        long moving = registry.create(from, PersonKind.STUDENT, SavePerson.named("Сменцева", "Дарья", "Олеговна")
                .withBirthDate(LocalDate.of(year - 13, 10, 2)).withClass(7, "А"));
        registry.recordConsent(moving, new RecordConsent(firstSeptember.minusYears(1), ConsentGiver.REPRESENTATIVE,
                "Сменцева Ирина Павловна", "2025-1"));
        moves.move(moving, later, today.withDayOfMonth(1).plusMonths(1), -1, null);
    }

    private Long school(long municipality, String shortName) {
        return schools.ofMunicipality(municipality).stream().filter(s -> s.shortName().equals(shortName))
                .map(SchoolSummary::id).findFirst().orElse(null);
    }
}
