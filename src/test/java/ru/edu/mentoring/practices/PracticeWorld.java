package ru.edu.mentoring.practices;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import ru.edu.mentoring.accounts.Accounts;
import ru.edu.mentoring.accounts.Role;
import ru.edu.mentoring.schools.SchoolForm;
import ru.edu.mentoring.schools.SchoolKind;
import ru.edu.mentoring.schools.Schools;
import ru.edu.mentoring.support.OwnMunicipality;

/**
 * Two schools of the tests' own municipality ({@link OwnMunicipality}), each with its curator, and a methodologist
 * of that municipality (passwords «demo»), so that the bank's tests never touch the demo municipality.
 */
final class PracticeWorld {

    final long municipalityId;
    final long schoolA;
    final long schoolB;
    final String schoolAName;
    final String curatorA;
    final String curatorB;
    final String methodologist;
    final String tag;

    private PracticeWorld(long municipalityId, long schoolA, long schoolB, String schoolAName, String curatorA,
            String curatorB, String methodologist, String tag) {
        this.municipalityId = municipalityId;
        this.schoolA = schoolA;
        this.schoolB = schoolB;
        this.schoolAName = schoolAName;
        this.curatorA = curatorA;
        this.curatorB = curatorB;
        this.methodologist = methodologist;
        this.tag = tag;
    }

    static PracticeWorld create(Schools schools, Accounts accounts) {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        long municipality = OwnMunicipality.id(schools, accounts);
        String nameA = "МАОУ СОШ № 21 " + tag;
        long a = schools.createSchool(municipality, new SchoolForm("Муниципальное автономное общеобразовательное"
                + " учреждение «Средняя школа № 21 " + tag + "»", nameA, SchoolKind.GENERAL, null, null, null));
        long b = schools.createSchool(municipality, new SchoolForm("Муниципальное автономное общеобразовательное"
                + " учреждение «Средняя школа № 22 " + tag + "»", "МАОУ СОШ № 22 " + tag, SchoolKind.GENERAL, null,
                null, null));
        String curA = "praccura" + tag;
        String curB = "praccurb" + tag;
        String meth = "pracmeth" + tag;
        long ca = accounts.create(new Accounts.NewAccount(curA, "demo", "Практикова Анна Петровна", null,
                Set.of(Role.CURATOR), municipality, Set.of()));
        long cb = accounts.create(new Accounts.NewAccount(curB, "demo", "Банкова Ирина Олеговна", null,
                Set.of(Role.CURATOR), municipality, Set.of()));
        accounts.create(new Accounts.NewAccount(meth, "demo", "Методистова Елена Викторовна", null,
                Set.of(Role.METHODOLOGIST), municipality, Set.of()));
        schools.appointCurator(a, ca, "21-о", LocalDate.of(2025, 9, 1));
        schools.appointCurator(b, cb, "22-о", LocalDate.of(2025, 9, 1));
        return new PracticeWorld(municipality, a, b, nameA, curA, curB, meth, tag);
    }
}
