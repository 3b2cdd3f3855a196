package ru.edu.mentoring.mail;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.edu.mentoring.accounts.Accounts;
import ru.edu.mentoring.accounts.Role;
import ru.edu.mentoring.roadmaps.MeasureData;
import ru.edu.mentoring.roadmaps.Roadmaps;
import ru.edu.mentoring.schools.SchoolForm;
import ru.edu.mentoring.schools.SchoolKind;
import ru.edu.mentoring.schools.Schools;

/** A municipality of its own for a mail test: a school with a curator and a roadmap, and department staff. */
final class MailFixtures {

    record World(long municipalityId, long schoolId, long curatorId, String curatorLogin, String curatorEmail,
            long roadmapId, List<Long> departmentIds) {}

    private MailFixtures() {}

    /** {@code staff} department accounts with e-mails are inserted in one statement (a large municipality). */
    static World world(Schools schools, Accounts accounts, Roadmaps roadmaps, JdbcTemplate jdbc, int staff) {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        long municipality = schools.createMunicipality("Почтовый округ " + tag, "Свердловская область");
        long school = schools.createSchool(municipality, new SchoolForm("Муниципальное автономное общеобразовательное"
                + " учреждение «Средняя школа № 5 " + tag + "»", "МАОУ СОШ № 5 " + tag, SchoolKind.GENERAL,
                "623100, г. Первоуральск, ул. Почтовая, д. 5", null, "Почтов Пётр Петрович"));
        String login = "mailcur" + tag;
        String email = login + "@example.org";
        long curator = accounts.create(new Accounts.NewAccount(login, "demo-password-" + tag,
                "Письмова Анна Сергеевна", email, Set.of(Role.CURATOR), municipality, Set.of()));
        schools.appointCurator(school, curator, "5-о", LocalDate.of(2025, 9, 1));
        long roadmap = roadmaps.createWithMeasures(schools.summariesOf(List.of(school)).get(0), List.of(
                new MeasureData("1", "Издание приказа о внедрении целевой модели наставничества", "Сентябрь",
                        null, "Директор", "Приказ")));
        List<Long> department = jdbc.queryForList("insert into app_user (username, password_hash, full_name, email,"
                + " municipality_id) select 'maildep' || ? || '-' || g, 'x', 'Отделова Ольга ' || g,"
                + " 'maildep' || ? || '-' || g || '@example.org', ? from generate_series(1, ?) g returning id",
                Long.class, tag, tag, municipality, staff);
        jdbc.update("insert into app_user_role (user_id, role) select u, 'DEPARTMENT' from unnest(?::bigint[]) u",
                (Object) department.toArray(Long[]::new));
        return new World(municipality, school, curator, login, email, roadmap, department);
    }

    /** The decoded text of each part of a letter (plain text first, then HTML). */
    static String text(Part part, String type) throws Exception {
        if (part.isMimeType("multipart/*")) {
            Multipart mp = (Multipart) part.getContent();
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < mp.getCount(); i++) {
                BodyPart p = mp.getBodyPart(i);
                sb.append(text(p, type));
            }
            return sb.toString();
        }
        return part.isMimeType(type) ? String.valueOf(part.getContent()) : "";
    }

    static String plain(MimeMessage m) throws Exception {
        return text(m, "text/plain");
    }

    static String html(MimeMessage m) throws Exception {
        return text(m, "text/html");
    }
}
