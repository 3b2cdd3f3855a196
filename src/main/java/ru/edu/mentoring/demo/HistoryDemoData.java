package ru.edu.mentoring.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import ru.edu.mentoring.pairing.FormCodes;
import ru.edu.mentoring.pairing.PairStatus;
import ru.edu.mentoring.pairing.PairingService;
import ru.edu.mentoring.pairing.PastPairCommand;
import ru.edu.mentoring.people.ConsentGiver;
import ru.edu.mentoring.people.People;
import ru.edu.mentoring.people.PeopleRegistry;
import ru.edu.mentoring.people.PersonKind;
import ru.edu.mentoring.people.RecordConsent;
import ru.edu.mentoring.people.SavePerson;
import ru.edu.mentoring.schools.SchoolKind;
import ru.edu.mentoring.shared.AcademicYear;

/**
 * Issue 17 point 7: pairs of past years as a department starting with the portal brings them, in МАОУ СОШ № 2 — two
 * peer pairs («ученик – ученик») of 2023/24 and 2024/25 and a teacher's pair of 2024/25, each recorded as it ended
 * (completed or terminated) on its real dates, with the students' classes of those years. Called once by
 * {@link PeopleDemoData} at the end of its load (in its transaction: the people module's demo must find no person
 * before it starts); a year that is not yet past on the demo's clock is left out.
 */
@Component
class HistoryDemoData {

    static final String SCHOOL = "МАОУ СОШ № 2";

    private final PeopleRegistry registry;
    private final People people;
    private final PairingService pairing;

    HistoryDemoData(PeopleRegistry registry, People people, PairingService pairing) {
        this.registry = registry;
        this.people = people;
        this.pairing = pairing;
    }

    /** Loads the past pairs into the school; returns how many were recorded. */
    int load(long schoolId) {
        int current = AcademicYear.of(people.today());
        long peer = pairing.formId(FormCodes.STUDENT_STUDENT).orElseThrow();
        long teacherStudent = pairing.formId(FormCodes.TEACHER_STUDENT).orElseThrow();
        long lebedeva = student(schoolId, "Лебедева", "Ксения", "Андреевна", LocalDate.of(2008, 6, 3), 2023, 9, "А",
                current);
        long voronin = student(schoolId, "Воронин", "Егор", "Павлович", LocalDate.of(2011, 4, 17), 2023, 6, "Б",
                current);
        long sokolova = student(schoolId, "Соколова", "Полина", "Денисовна", LocalDate.of(2010, 11, 9), 2024, 8, "В",
                current);
        long ershova = registry.create(schoolId, PersonKind.TEACHER, SavePerson.named("Ершова", "Марина",
                "Викторовна").withTeacher("учитель математики", "Математика", LocalDate.of(2004, 9, 1), false));
        registry.recordConsent(ershova, new RecordConsent(LocalDate.of(2023, 9, 1), ConsentGiver.SELF, null,
                "2023-1"));
        int made = 0;
        for (PastPairCommand pair : List.of(
                new PastPairCommand(2023, peer, null, lebedeva, Set.of(voronin), null, LocalDate.of(2023, 10, 2),
                        LocalDate.of(2024, 5, 24), PairStatus.COMPLETED,
                        "Годовая отметка по математике поднялась с «3» до «4»", "Подтянуть математику", null),
                new PastPairCommand(2024, peer, null, lebedeva, Set.of(sokolova), null, LocalDate.of(2024, 10, 7),
                        LocalDate.of(2025, 2, 14), PairStatus.TERMINATED,
                        "Наставляемая перешла на индивидуальное обучение", "Адаптация в новом классе", null),
                new PastPairCommand(2024, teacherStudent, null, ershova, Set.of(voronin), null,
                        LocalDate.of(2024, 9, 16), LocalDate.of(2025, 5, 23), PairStatus.COMPLETED,
                        "Диплом III степени городской олимпиады по математике", "Подготовка к олимпиаде", null))) {
            if (pair.academicYear() < current) {
                pairing.registerPast(schoolId, SchoolKind.GENERAL, pair);
                made++;
            }
        }
        return made;
    }

    /**
     * A student with a parent's consent since 1 September 2023 and a class for every year from {@code fromYear} while
     * at school (the grade one higher each year, up to 11).
     */
    private long student(long schoolId, String last, String first, String middle, LocalDate birth, int fromYear,
            int grade, String letter, int current) {
        long id = registry.create(schoolId, PersonKind.STUDENT,
                SavePerson.named(last, first, middle).withBirthDate(birth));
        for (int year = fromYear; year <= current && grade + year - fromYear <= 11; year++) {
            registry.setClass(id, year, grade + year - fromYear, letter);
        }
        registry.recordConsent(id, new RecordConsent(LocalDate.of(2023, 9, 1), ConsentGiver.REPRESENTATIVE,
                "Родитель (законный представитель): " + last, "2023-1"));
        return id;
    }
}
