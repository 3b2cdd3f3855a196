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
        long school = existing != null ? existing : schools.createSchool(municipality, new SchoolForm(
                "Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 3»",
                "МБОУ СОШ № 3 (тест)", SchoolKind.GENERAL, null, null, null));
        foreignMunicipalityRecords(jdbc, municipality, school);
        return school;
    }

    /**
     * Records of the other municipality that the access matrix needs as «foreign» targets: a campaign with the
     * school's row, the school's roadmap with a measure, a municipal roadmap with a measure, and a notification about
     * the school (sent to curator2, who is none of the matrix's users). Created once.
     */
    private static void foreignMunicipalityRecords(JdbcTemplate jdbc, long municipality, long school) {
        if (jdbc.queryForObject("select count(*) from campaign where municipality_id = ?", Long.class,
                municipality) == 0) {
            long campaign = jdbc.queryForObject("insert into campaign (municipality_id, title, academic_year,"
                    + " curators_due, roadmaps_due, informed_due, bases_due, trained_due, pairs_due, started_due)"
                    + " values (?, 'Внедрение ЦМН 2025/26 (тест)', 2025, date '2025-09-28', date '2025-10-05',"
                    + " date '2025-10-15', date '2025-10-30', date '2025-11-15', date '2025-11-25',"
                    + " date '2025-12-01') returning id", Long.class, municipality);
            jdbc.update("insert into campaign_school (campaign_id, school_id) values (?, ?)", campaign, school);
        }
        if (jdbc.queryForObject("select count(*) from roadmap where school_id = ?", Long.class, school) == 0) {
            long roadmap = jdbc.queryForObject("insert into roadmap (school_id, municipality_id, title, status,"
                    + " status_changed_at, updated_at) values (?, ?, 'Дорожная карта (тест)', 'SUBMITTED', now(),"
                    + " now()) returning id", Long.class, school, municipality);
            jdbc.update("insert into roadmap_measure (roadmap_id, position, number, title) values (?, 1, '1',"
                    + " 'Издание приказа о внедрении целевой модели наставничества')", roadmap);
        }
        if (jdbc.queryForObject("select count(*) from municipal_section where municipality_id = ?", Long.class,
                municipality) == 0) {
            long section = jdbc.queryForObject("insert into municipal_section (municipality_id, position, number,"
                    + " title) values (?, 1, '1.', 'Нормативная база (тест)') returning id", Long.class, municipality);
            jdbc.update("insert into municipal_measure (section_id, position, number, title) values (?, 1, '1.1.',"
                    + " 'Разработка муниципальной дорожной карты')", section);
        }
        if (jdbc.queryForObject("select count(*) from notification where school_id = ?", Long.class, school) == 0) {
            jdbc.update("insert into notification (user_id, kind, school_id, school_name, actor_name, link,"
                    + " created_at) values (?, 'ROADMAP_APPROVED', ?, 'МБОУ СОШ № 3 (тест)', 'Тест', '/roadmaps',"
                    + " now())", userId(jdbc, "curator2"), school);
        }
    }
}
