package ru.edu.mentoring.people;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.edu.mentoring.accounts.Accounts;
import ru.edu.mentoring.accounts.Role;
import ru.edu.mentoring.schools.SchoolForm;
import ru.edu.mentoring.schools.SchoolKind;
import ru.edu.mentoring.schools.Schools;

/**
 * A municipality of its own for the tests of issue 17 points 6 and 7: schools A and B, a curator of each, a head of A
 * and a department account (the demo municipality stays as the demo made it). Password of every account:
 * {@link #PASSWORD}.
 */
public record YearsWorld(String tag, long municipality, long schoolA, long schoolB, String curatorA, String curatorB,
        String headA, String department) {

    public static final String PASSWORD = "Ель-Сосна-Пихта-2026";

    public static YearsWorld create(Schools schools, Accounts accounts, JdbcTemplate jdbc) {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        long municipality = schools.createMunicipality("Переводной городской округ " + tag, "Свердловская область");
        long a = school(schools, municipality, "МАОУ СОШ № 21 " + tag);
        long b = school(schools, municipality, "МАОУ СОШ № 22 " + tag);
        String curatorA = "yrcura" + tag;
        String curatorB = "yrcurb" + tag;
        String head = "yrhead" + tag;
        String department = "yrdep" + tag;
        long ca = accounts.create(new Accounts.NewAccount(curatorA, PASSWORD, "Кураторова Анна Сергеевна",
                curatorA + "@example.org", Set.of(Role.CURATOR), municipality, Set.of()));
        long cb = accounts.create(new Accounts.NewAccount(curatorB, PASSWORD, "Кураторов Борис Ильич",
                curatorB + "@example.org", Set.of(Role.CURATOR), municipality, Set.of()));
        schools.appointCurator(a, ca, "21-о", LocalDate.of(2025, 9, 1));
        schools.appointCurator(b, cb, "22-о", LocalDate.of(2025, 9, 1));
        accounts.create(new Accounts.NewAccount(head, PASSWORD, "Директорова Вера Павловна", head + "@example.org",
                Set.of(Role.SCHOOL_HEAD), municipality, Set.of(a)));
        accounts.create(new Accounts.NewAccount(department, PASSWORD, "Отделова Ольга Ивановна",
                department + "@example.org", Set.of(Role.DEPARTMENT), municipality, Set.of()));
        return new YearsWorld(tag, municipality, a, b, curatorA, curatorB, head, department);
    }

    private static long school(Schools schools, long municipality, String shortName) {
        return schools.createSchool(municipality, new SchoolForm("Муниципальное автономное общеобразовательное"
                + " учреждение «" + shortName + "»", shortName, SchoolKind.GENERAL, null, null, null));
    }
}
