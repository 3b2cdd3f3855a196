package ru.edu.mentoring.questionnaires;

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
 * A school of the tests' own municipality ({@link OwnMunicipality}) with its curator and head (password «demo») and
 * running pairs «учитель – ученик» made on demand, so that questionnaires never touch the demo municipality.
 */
final class QuestionnaireWorld {

    final long municipalityId;
    final long schoolId;
    final String schoolName;
    final String curator;
    final String head;
    final String otherCurator;
    private final PeopleRegistry people;
    private final PairingService pairing;
    private int made;
    String lastSurname;

    private QuestionnaireWorld(long municipalityId, long schoolId, String schoolName, String curator, String head,
            String otherCurator, PeopleRegistry people, PairingService pairing) {
        this.municipalityId = municipalityId;
        this.schoolId = schoolId;
        this.schoolName = schoolName;
        this.curator = curator;
        this.head = head;
        this.otherCurator = otherCurator;
        this.people = people;
        this.pairing = pairing;
    }

    static QuestionnaireWorld create(Schools schools, Accounts accounts, PeopleRegistry people,
            PairingService pairing, JdbcTemplate jdbc) {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        long municipality = OwnMunicipality.id(schools, accounts);
        String shortName = "МАОУ СОШ № 76 " + tag;
        long school = schools.createSchool(municipality, new SchoolForm("Муниципальное автономное"
                + " общеобразовательное учреждение «Средняя школа № 76 " + tag + "»", shortName, SchoolKind.GENERAL,
                null, null, null));
        long other = schools.createSchool(municipality, new SchoolForm("Муниципальное автономное"
                + " общеобразовательное учреждение «Средняя школа № 77 " + tag + "»", "МАОУ СОШ № 77 " + tag,
                SchoolKind.GENERAL, null, null, null));
        String login = "qcur" + tag;
        long curator = accounts.create(new Accounts.NewAccount(login, "demo", "Анкетова Анна Петровна", null,
                Set.of(Role.CURATOR), municipality, Set.of()));
        schools.appointCurator(school, curator, "76-о", LocalDate.of(2025, 9, 1));
        String otherLogin = "qcuro" + tag;
        long otherCurator = accounts.create(new Accounts.NewAccount(otherLogin, "demo", "Другова Ольга Петровна", null,
                Set.of(Role.CURATOR), municipality, Set.of()));
        schools.appointCurator(other, otherCurator, "77-о", LocalDate.of(2025, 9, 1));
        String headLogin = "qhead" + tag;
        accounts.create(new Accounts.NewAccount(headLogin, "demo", "Директорова Елена Ивановна", null,
                Set.of(Role.SCHOOL_HEAD), municipality, Set.of(school)));
        return new QuestionnaireWorld(municipality, school, shortName, login, headLogin, otherLogin, people,
                pairing);
    }

    /** A running pair «учитель – ученик» started a month ago. */
    long pair(LocalDate today) {
        made++;
        LocalDate start = today.minusDays(30);
        String suffix = letter();
        long teacher = people.create(schoolId, PersonKind.TEACHER, Fixtures.person("Наставникова" + suffix,
                "Мария", "Ивановна", null));
        Fixtures.ownConsent(people, teacher);
        lastSurname = "Ученикова" + suffix;
        long student = people.create(schoolId, PersonKind.STUDENT, Fixtures.person(lastSurname, "Дарья",
                "Сергеевна", 6));
        people.recordConsent(student, new RecordConsent(start.minusDays(10), ConsentGiver.REPRESENTATIVE,
                "Ученикова Ольга Петровна", "2026-1"));
        people.putInMentorBase(teacher, new SaveMentorEntry("Математика", 3, start.minusDays(20), "Курс"));
        people.putInMenteeBase(student, new SaveMenteeEntry("Математика", null));
        return pairing.register(schoolId, SchoolKind.GENERAL, new PairCommand(pairing.formId(
                FormCodes.TEACHER_STUDENT).orElseThrow(), null, teacher, Set.of(student), null, start,
                today.plusMonths(6), "Успеваемость"), true);
    }

    private String letter() {
        String digits = Long.toString(System.nanoTime() % 1_000_000_000L) + made;
        StringBuilder sb = new StringBuilder();
        for (char c : digits.toCharArray()) {
            sb.append("абвгдежзик".charAt(c - '0'));
        }
        return sb.toString();
    }
}
