package ru.edu.mentoring.meetings;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.edu.mentoring.accounts.Accounts;
import ru.edu.mentoring.accounts.Role;
import ru.edu.mentoring.pairing.FormCodes;
import ru.edu.mentoring.pairing.PairCommand;
import ru.edu.mentoring.pairing.PairingService;
import ru.edu.mentoring.people.ConsentGiver;
import ru.edu.mentoring.people.PeopleRegistry;
import ru.edu.mentoring.people.PersonKind;
import ru.edu.mentoring.people.RecordConsent;
import ru.edu.mentoring.people.SaveMenteeEntry;
import ru.edu.mentoring.people.SaveMentorEntry;
import ru.edu.mentoring.schools.SchoolForm;
import ru.edu.mentoring.schools.SchoolKind;
import ru.edu.mentoring.schools.Schools;
import ru.edu.mentoring.support.Fixtures;
import ru.edu.mentoring.support.OwnMunicipality;

/**
 * A school of the tests' own municipality ({@link OwnMunicipality}) with its curator (password «demo») and running
 * pairs made on demand, so that completing pairs never touches the demo municipality other tests read.
 */
final class MeetingWorld {

    final long schoolId;
    final String schoolName;
    final String curator;
    private final PeopleRegistry people;
    private final PairingService pairing;
    private int made;

    private MeetingWorld(long schoolId, String schoolName, String curator, PeopleRegistry people,
            PairingService pairing) {
        this.schoolId = schoolId;
        this.schoolName = schoolName;
        this.curator = curator;
        this.people = people;
        this.pairing = pairing;
    }

    static MeetingWorld create(Schools schools, Accounts accounts, PeopleRegistry people, PairingService pairing,
            JdbcTemplate jdbc) {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        long municipality = OwnMunicipality.id(schools, accounts);
        String shortName = "МАОУ СОШ № 74 " + tag;
        long school = schools.createSchool(municipality, new SchoolForm("Муниципальное автономное"
                + " общеобразовательное учреждение «Средняя школа № 74 " + tag + "»", shortName, SchoolKind.GENERAL,
                null, null, null));
        String login = "meetcur" + tag;
        long curator = accounts.create(new Accounts.NewAccount(login, "demo", "Встречина Анна Петровна", null,
                Set.of(Role.CURATOR), municipality, Set.of()));
        schools.appointCurator(school, curator, "74-о", LocalDate.of(2025, 9, 1));
        return new MeetingWorld(school, shortName, login, people, pairing);
    }

    /** A running pair «учитель – ученик» started {@code daysAgo} days before today. */
    long pair(LocalDate today, int daysAgo) {
        made++;
        LocalDate start = today.minusDays(daysAgo);
        long teacher = people.create(schoolId, PersonKind.TEACHER, Fixtures.person("Наставникова" + letter(),
                "Мария", "Ивановна", null));
        Fixtures.ownConsent(people, teacher);
        long student = people.create(schoolId, PersonKind.STUDENT, Fixtures.person("Ученикова" + letter(), "Дарья",
                "Сергеевна", 6));
        people.recordConsent(student, new RecordConsent(start.minusDays(10), ConsentGiver.REPRESENTATIVE,
                "Ученикова Ольга Петровна", "2026-1"));
        people.putInMentorBase(teacher, new SaveMentorEntry("Математика", 3, start.minusDays(20), "Курс"));
        people.putInMenteeBase(student, new SaveMenteeEntry("Математика", null));
        return pairing.register(schoolId, SchoolKind.GENERAL, new PairCommand(pairing.formId(
                FormCodes.TEACHER_STUDENT).orElseThrow(), null, teacher, Set.of(student), null, start,
                today.plusMonths(6), "Успеваемость"), true);
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
