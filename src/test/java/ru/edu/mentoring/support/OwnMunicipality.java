package ru.edu.mentoring.support;

import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.edu.mentoring.accounts.Accounts;
import ru.edu.mentoring.accounts.Role;
import ru.edu.mentoring.schools.SchoolForm;
import ru.edu.mentoring.schools.SchoolKind;
import ru.edu.mentoring.schools.Schools;

/**
 * A municipality of its own for tests that add schools, pairs and student counts, with its department account
 * ({@link #DEPARTMENT}, password «demo»), so that the demo municipality's figures, matrices and lists stay as other
 * tests expect them.
 */
public final class OwnMunicipality {

    public static final String NAME = "Городской округ Проверочный (тест)";
    public static final String DEPARTMENT = "department.check";

    private OwnMunicipality() {}

    /** The municipality's id; created with its department account on first use. */
    public static synchronized long id(Schools schools, Accounts accounts) {
        long id = schools.createMunicipality(NAME, "Свердловская область");
        if (!accounts.usernameTaken(DEPARTMENT)) {
            accounts.create(new Accounts.NewAccount(DEPARTMENT, "demo", "Проверкина Ольга Ивановна", null,
                    Set.of(Role.DEPARTMENT), id, Set.of()));
        }
        return id;
    }

    /** A school of the municipality by its short name, created on first use; null when it was there already. */
    public static synchronized Long newSchool(Schools schools, Accounts accounts, JdbcTemplate jdbc,
            String shortName, String fullName) {
        long municipality = id(schools, accounts);
        Long existing = jdbc.query("select id from school where short_name = ?",
                rs -> rs.next() ? rs.getLong(1) : null, shortName);
        if (existing != null) {
            return null;
        }
        return schools.createSchool(municipality, new SchoolForm(fullName, shortName, SchoolKind.GENERAL, null, null,
                null));
    }
}
