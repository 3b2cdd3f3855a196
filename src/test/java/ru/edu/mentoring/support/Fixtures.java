package ru.edu.mentoring.support;

import org.springframework.jdbc.core.JdbcTemplate;
import ru.edu.mentoring.schools.SchoolForm;
import ru.edu.mentoring.schools.SchoolKind;
import ru.edu.mentoring.schools.Schools;

/** Ids of the demo records the tests use, and a second municipality that the demo data does not have. */
public final class Fixtures {

    public static final String FOREIGN_MUNICIPALITY = "Тестовый муниципальный район";

    private Fixtures() {}

    public static long schoolId(JdbcTemplate jdbc, String shortName) {
        return jdbc.queryForObject("select id from school where short_name = ? order by id limit 1", Long.class,
                shortName);
    }

    public static long school1(JdbcTemplate jdbc) {
        return schoolId(jdbc, "МАОУ СОШ № 1");
    }

    public static long school2(JdbcTemplate jdbc) {
        return schoolId(jdbc, "МАОУ СОШ № 2");
    }

    public static long userId(JdbcTemplate jdbc, String username) {
        return jdbc.queryForObject("select id from app_user where username = ?", Long.class, username);
    }

    /** A school of another municipality, created once. */
    public static synchronized long foreignMunicipalitySchool(Schools schools, JdbcTemplate jdbc) {
        long municipality = schools.createMunicipality(FOREIGN_MUNICIPALITY, "Ростовская область");
        Long existing = jdbc.query("select id from school where municipality_id = ? order by id limit 1",
                rs -> rs.next() ? rs.getLong(1) : null, municipality);
        if (existing != null) {
            return existing;
        }
        return schools.createSchool(municipality, new SchoolForm(
                "Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 3»",
                "МБОУ СОШ № 3 (тест)", SchoolKind.GENERAL, null, null, null));
    }
}
