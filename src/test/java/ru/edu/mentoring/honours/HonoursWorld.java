package ru.edu.mentoring.honours;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import ru.edu.mentoring.accounts.Accounts;
import ru.edu.mentoring.accounts.Role;
import ru.edu.mentoring.pairing.FormCodes;
import ru.edu.mentoring.pairing.PairCommand;
import ru.edu.mentoring.pairing.PairingService;
import ru.edu.mentoring.people.ConsentGiver;
import ru.edu.mentoring.people.PeopleRegistry;
import ru.edu.mentoring.people.RecordConsent;
import ru.edu.mentoring.people.SaveMenteeEntry;
import ru.edu.mentoring.people.PersonKind;
import ru.edu.mentoring.people.SaveMentorEntry;
import ru.edu.mentoring.schools.SchoolForm;
import ru.edu.mentoring.schools.SchoolKind;
import ru.edu.mentoring.schools.Schools;
import ru.edu.mentoring.support.Fixtures;
import ru.edu.mentoring.support.OwnMunicipality;

/**
 * Two schools of the tests' own municipality ({@link OwnMunicipality}, its department account
 * {@link OwnMunicipality#DEPARTMENT}), each with its curator (password «demo»); school A also has a head. Mentors of
 * the bases are made on demand, so nominations never touch the demo municipality other tests read.
 */
final class HonoursWorld {

    final long schoolA;
    final long schoolB;
    final long municipality;
    final String curatorA;
    final String headA;
    final String curatorB;
    private final PeopleRegistry people;
    private int made;

    private HonoursWorld(long schoolA, long schoolB, long municipality, String curatorA, String headA,
            String curatorB, PeopleRegistry people) {
        this.schoolA = schoolA;
        this.schoolB = schoolB;
        this.municipality = municipality;
        this.curatorA = curatorA;
        this.headA = headA;
        this.curatorB = curatorB;
        this.people = people;
    }

    static HonoursWorld create(Schools schools, Accounts accounts, PeopleRegistry people) {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        long municipality = OwnMunicipality.id(schools, accounts);
        long a = school(schools, municipality, "81 " + tag);
        long b = school(schools, municipality, "82 " + tag);
        String curatorA = "honcura" + tag;
        String headA = "honheada" + tag;
        String curatorB = "honcurb" + tag;
        long ca = accounts.create(new Accounts.NewAccount(curatorA, "demo", "Грамотова Анна Петровна", null,
                Set.of(Role.CURATOR), municipality, Set.of()));
        accounts.create(new Accounts.NewAccount(headA, "demo", "Директорова Ольга Ивановна", null,
                Set.of(Role.SCHOOL_HEAD), municipality, Set.of(a)));
        long cb = accounts.create(new Accounts.NewAccount(curatorB, "demo", "Чужова Вера Павловна", null,
                Set.of(Role.CURATOR), municipality, Set.of()));
        schools.appointCurator(a, ca, "81-о", LocalDate.of(2025, 9, 1));
        schools.appointCurator(b, cb, "82-о", LocalDate.of(2025, 9, 1));
        return new HonoursWorld(a, b, municipality, curatorA, headA, curatorB, people);
    }

    private static long school(Schools schools, long municipality, String number) {
        return schools.createSchool(municipality, new SchoolForm("Муниципальное автономное общеобразовательное"
                + " учреждение «Средняя школа № " + number + "»", "МАОУ СОШ № " + number, SchoolKind.GENERAL, null,
                null, null));
    }

    /** A teacher of the school in its mentor base. */
    long mentor(long school, String surname) {
        long teacher = teacher(school, surname);
        people.putInMentorBase(teacher, new SaveMentorEntry("Математика", 3, LocalDate.of(2025, 8, 20), "Курс"));
        return teacher;
    }

    /** A running pair «учитель – ученик» of the school with this mentor, started {@code daysAgo} days before today. */
    long pair(PairingService pairing, long school, long mentor, LocalDate today, int daysAgo) {
        made++;
        LocalDate start = today.minusDays(daysAgo);
        long student = people.create(school, PersonKind.STUDENT, Fixtures.person("Ученикова" + letter(), "Дарья",
                "Сергеевна", 6));
        people.recordConsent(student, new RecordConsent(start.minusDays(10), ConsentGiver.REPRESENTATIVE,
                "Ученикова Ольга Петровна", "2026-1"));
        people.putInMenteeBase(student, new SaveMenteeEntry("Математика", null));
        return pairing.register(school, SchoolKind.GENERAL, new PairCommand(pairing.formId(
                FormCodes.TEACHER_STUDENT).orElseThrow(), null, mentor, Set.of(student), null, start,
                today.plusMonths(6), "Успеваемость"), true);
    }

    /** A teacher of the school outside the mentor base. */
    long teacher(long school, String surname) {
        made++;
        long teacher = people.create(school, PersonKind.TEACHER, Fixtures.person(surname + letter(), "Мария",
                "Ивановна", null));
        Fixtures.ownConsent(people, teacher);
        return teacher;
    }

    /** A Cyrillic suffix that makes every surname of the tests unique (no namesake warnings). */
    private String letter() {
        String digits = Long.toString(System.nanoTime() % 1_000_000_000L) + made;
        StringBuilder sb = new StringBuilder();
        for (char c : digits.toCharArray()) {
            sb.append("абвгдежзик".charAt(c - '0'));
        }
        return sb.toString();
    }
}
