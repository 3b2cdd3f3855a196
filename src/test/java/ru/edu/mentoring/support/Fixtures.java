package ru.edu.mentoring.support;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.edu.mentoring.pairing.FormCodes;
import ru.edu.mentoring.pairing.PairCommand;
import ru.edu.mentoring.pairing.PairingService;
import ru.edu.mentoring.people.RecordConsent;
import ru.edu.mentoring.people.ConsentGiver;
import ru.edu.mentoring.people.SaveMenteeEntry;
import ru.edu.mentoring.people.SaveMentorEntry;
import ru.edu.mentoring.people.PeopleRegistry;
import ru.edu.mentoring.people.SavePerson;
import ru.edu.mentoring.people.PersonKind;
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
     * school's row, the school's roadmap with a measure, a submitted school report, a municipal roadmap with a measure, and a notification about
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
        if (jdbc.queryForObject("select count(*) from school_document where school_id = ?", Long.class, school) == 0) {
            java.util.UUID file = java.util.UUID.randomUUID();
            jdbc.update("insert into document_file (id, content) values (?, ?)", file,
                    "%PDF-1.4\n%test\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            jdbc.update("insert into school_document (school_id, municipality_id, kind, title, file_name, file_type,"
                    + " size_bytes, file_id, published, uploaded_by, uploaded_at) values (?, ?, 'ORDER_STUDENTS',"
                    + " 'Приказ (тест)', 'prikaz.pdf', 'PDF', 15, ?, true, 'Тест', now())", school, municipality, file);
            jdbc.update("insert into school_news (school_id, municipality_id, title, news_date, body, created_at)"
                    + " values (?, ?, 'Новость (тест)', date '2025-10-01', 'Текст', now())", school, municipality);
        }
        if (jdbc.queryForObject("select count(*) from normative_act where municipality_id = ?", Long.class,
                municipality) == 0) {
            jdbc.update("insert into normative_act (municipality_id, position, title, number, act_date) values (?, 1,"
                    + " 'Распоряжение (тест)', 'Р-145', date '2019-12-25')", municipality);
        }
        if (jdbc.queryForObject("select count(*) from school_report where school_id = ?", Long.class, school) == 0) {
            jdbc.update("insert into school_report (school_id, municipality_id, academic_year, status, results, figures,"
                    + " figures_at, status_changed_at, updated_at) values (?, ?, 2025, 'SUBMITTED', 'Итоги (тест)',"
                    + " 'year=2026\ninvolved=10\nstudents=100\npercent=10.0\n', now(), now(), now())", school,
                    municipality);
        }
        if (jdbc.queryForObject("select count(*) from notification where school_id = ?", Long.class, school) == 0) {
            jdbc.update("insert into notification (user_id, kind, school_id, school_name, actor_name, link,"
                    + " created_at) values (?, 'ROADMAP_APPROVED', ?, 'МБОУ СОШ № 3 (тест)', 'Тест', '/roadmaps',"
                    + " now())", userId(jdbc, "curator2"), school);
        }
    }

    /**
     * A generated order on fixing pairs (PAIRS_ORDER, unpublished) of the school listing one of its pairs, created once:
     * the target of the order's DOCX download.
     */
    public static synchronized void pairOrder(JdbcTemplate jdbc, long school) {
        if (jdbc.queryForObject("select count(*) from school_document where school_id = ? and kind = 'PAIRS_ORDER'",
                Long.class, school) > 0) {
            return;
        }
        long municipality = jdbc.queryForObject("select municipality_id from school where id = ?", Long.class, school);
        java.util.UUID file = java.util.UUID.randomUUID();
        jdbc.update("insert into document_file (id, content) values (?, ?)", file,
                "%PDF-1.4\n%test\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        long document = jdbc.queryForObject("insert into school_document (school_id, municipality_id, kind, title,"
                + " file_name, file_type, size_bytes, file_id, published, uploaded_by, uploaded_at) values (?, ?,"
                + " 'PAIRS_ORDER', 'Приказ о закреплении пар (тест)', 'prikaz-pary.pdf', 'PDF', 15, ?, false, 'Тест',"
                + " now()) returning id", Long.class, school, municipality, file);
        jdbc.update("insert into pair_order_pair (document_id, pair_id) select ?, id from mentoring_pair"
                + " where school_id = ? order by id limit 1", document, school);
    }

    /** The foreign school with a teacher mentoring a student in an active pair, created once. */
    public static synchronized long foreignSchoolWithPair(Schools schools, JdbcTemplate jdbc, PeopleRegistry people,
            PairingService pairing) {
        long school = foreignMunicipalitySchool(schools, jdbc);
        Integer pairs = jdbc.queryForObject("select count(*) from mentoring_pair where school_id = ?", Integer.class,
                school);
        if (pairs > 0) {
            return school;
        }
        long teacher = people.create(school, PersonKind.TEACHER, person("Тестова", "Мария", "Ивановна", null));
        ownConsent(people, teacher);
        SavePerson studentForm = person("Тестов", "Пётр", "Сергеевич", 5);
        long student = people.create(school, PersonKind.STUDENT, studentForm);
        people.recordConsent(student, new RecordConsent(LocalDate.of(2025, 9, 1), ConsentGiver.REPRESENTATIVE,
                "Тестова Анна Петровна", "2025-1"));
        people.putInMentorBase(teacher, new SaveMentorEntry("Математика", 3, LocalDate.of(2025, 10, 1), "Курс"));
        people.putInMenteeBase(student, new SaveMenteeEntry("Математика", null));
        pairing.register(school, SchoolKind.GENERAL, new PairCommand(pairing.formId(FormCodes.TEACHER_STUDENT)
                .orElseThrow(), null, teacher, Set.of(student), null, LocalDate.of(2026, 9, 10),
                LocalDate.of(2027, 5, 20), "Успеваемость"), true);
        return school;
    }

    /**
     * A student with a consent and nothing else (no base, no pair) in the school, created once: withdrawing that
     * consent stops processing of the person, which must not disturb the demo data other tests read.
     */
    public static synchronized long consentToWithdraw(JdbcTemplate jdbc, PeopleRegistry people, long school) {
        List<Long> found = jdbc.queryForList("select c.id from consent c join person p on p.id = c.person_id"
                + " where p.school_id = ? and p.last_name = 'Отзывающийся' order by c.id", Long.class, school);
        if (!found.isEmpty()) {
            return found.get(0);
        }
        long student = people.create(school, PersonKind.STUDENT, person("Отзывающийся", "Семён", null, 10));
        return people.recordConsent(student, new RecordConsent(LocalDate.of(2026, 9, 1), ConsentGiver.REPRESENTATIVE,
                "Отзывающаяся Мария", "2026-1"));
    }

    /**
     * An adult's own consent (teacher, external mentor), given on 01.09.2020 with no end: an adult is paired only with
     * it. Returns the consent's id.
     */
    public static long ownConsent(PeopleRegistry people, long person) {
        return people.recordConsent(person, new RecordConsent(LocalDate.of(2020, 9, 1), ConsentGiver.SELF, null,
                "2020-1"));
    }

    public static SavePerson person(String last, String first, String middle, Integer grade) {
        SavePerson form = SavePerson.named(last, first, middle).withClass(grade, null);
        if (grade == null) {
            form = form.withTeacher("Учитель", null, LocalDate.of(2010, 9, 1), false);
        }
        return form;
    }
}
