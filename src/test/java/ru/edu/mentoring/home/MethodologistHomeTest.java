package ru.edu.mentoring.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.edu.mentoring.accounts.Accounts;
import ru.edu.mentoring.accounts.Role;
import ru.edu.mentoring.practices.PracticesDemoRecords;
import ru.edu.mentoring.schools.SchoolForm;
import ru.edu.mentoring.schools.SchoolKind;
import ru.edu.mentoring.schools.SchoolSummary;
import ru.edu.mentoring.schools.Schools;
import ru.edu.mentoring.support.HttpSession;
import ru.edu.mentoring.support.IntegrationTest;
import ru.edu.mentoring.support.SqlCount;

/**
 * Issue 21: the methodologist's start page shows how many practices of the municipality wait for moderation and
 * links the oldest few; a municipality of the test's own, so that the demo's figures stay as other tests expect. The
 * page asks the same number of statements whatever the number of schools and waiting practices.
 */
class MethodologistHomeTest extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Schools schools;

    @Autowired
    Accounts accounts;

    @Autowired
    PracticesDemoRecords practices;

    record World(long municipality, List<SchoolSummary> schools, String methodologist) {}

    World world(int schoolCount) {
        String stamp = Long.toString(System.nanoTime());
        long municipality = schools.createMunicipality("Модерационный городской округ " + stamp,
                "Свердловская область");
        List<SchoolSummary> list = new ArrayList<>();
        for (int i = 1; i <= schoolCount; i++) {
            long id = schools.createSchool(municipality, new SchoolForm("Муниципальное автономное"
                    + " общеобразовательное учреждение «Средняя школа № " + i + " " + stamp + "»", "МАОУ СОШ № " + i
                    + " " + stamp, SchoolKind.GENERAL, null, null, null));
            list.add(schools.summariesOf(List.of(id)).get(0));
        }
        String methodologist = "modmeth" + stamp;
        accounts.create(new Accounts.NewAccount(methodologist, "demo", "Модерова Анна Сергеевна", null,
                Set.of(Role.METHODOLOGIST), municipality, Set.of()));
        return new World(municipality, list, methodologist);
    }

    long submitted(SchoolSummary school, String title, PracticesDemoRecords.End end) {
        return practices.create(school, new PracticesDemoRecords.DemoPractice(title, null, "педагог — педагог",
                "Проблема", "Цель", "Участники", LocalDate.of(2025, 9, 1), null, "Описание", "Ресурсы",
                "Результаты", "Эффективность", "Уникальность", "Тиражируемость", "Масштабируемость"), end, ru.edu.mentoring.practices.PracticeLevel.SCHOOL,
                "Методист", "Доработать");
    }

    @Test
    void theCountAndTheOldestWaitingPracticesWithLinksOthersLeftOut() {
        World w = world(2);
        long first = submitted(w.schools().get(0), "Первая на модерации", PracticesDemoRecords.End.SUBMITTED);
        submitted(w.schools().get(1), "Черновик школы", PracticesDemoRecords.End.DRAFT);
        submitted(w.schools().get(1), "Опубликованная", PracticesDemoRecords.End.PUBLISHED);
        List<Long> waiting = new ArrayList<>(List.of(first));
        for (int i = 2; i <= 7; i++) {
            waiting.add(submitted(w.schools().get(i % 2), "Практика " + i + " на модерации",
                    PracticesDemoRecords.End.SUBMITTED));
        }
        // the submission times in the order of the ids, a minute apart, the first the oldest
        for (int i = 0; i < waiting.size(); i++) {
            jdbc.update("update practice set status_changed_at = now() - make_interval(mins => ?) where id = ?",
                    100 - i, waiting.get(i));
        }
        HttpSession methodologist = HttpSession.loggedIn(port, w.methodologist(), "demo");
        String html = methodologist.get("/").body();
        String section = html.substring(html.indexOf("data-testid=\"awaiting-practices\""));
        section = section.substring(0, section.indexOf("</section>"));
        assertThat(section).contains("Практики на модерации: 7", "Первая на модерации",
                "href=\"/practice-bank/" + first + "\"", w.schools().get(0).shortName() + ", отправлена")
                .doesNotContain("Черновик школы", "Опубликованная");
        for (int i = 0; i < waiting.size(); i++) {
            if (i < HomeController.AWAITING_SHOWN) {
                assertThat(section).as("one of the oldest").contains("/practice-bank/" + waiting.get(i) + "\"");
            } else {
                assertThat(section).as("newer ones are counted only")
                        .doesNotContain("/practice-bank/" + waiting.get(i) + "\"");
            }
        }
        assertThat(section.indexOf("/practice-bank/" + waiting.get(0) + "\""))
                .isLessThan(section.indexOf("/practice-bank/" + waiting.get(1) + "\""));
        // another municipality's methodologist sees none of them
        World other = world(1);
        String otherHtml = HttpSession.loggedIn(port, other.methodologist(), "demo").get("/").body();
        assertThat(otherHtml).contains("Практик, ожидающих модерации, нет.").doesNotContain("Первая на модерации");
    }

    @Test
    void theStartPageAsksNoMoreStatementsForMoreSchoolsAndWaitingPractices() {
        World w = world(1);
        submitted(w.schools().get(0), "Одна на модерации", PracticesDemoRecords.End.SUBMITTED);
        HttpSession methodologist = HttpSession.loggedIn(port, w.methodologist(), "demo");
        methodologist.get("/");
        var before = SqlCount.fewest(3, () -> methodologist.get("/"));
        assertThat(before.result().statusCode()).isEqualTo(200);
        for (int i = 2; i <= 5; i++) {
            long id = schools.createSchool(w.municipality(), new SchoolForm("Муниципальное автономное"
                    + " общеобразовательное учреждение «Средняя школа № " + i + "0 " + w.methodologist() + "»",
                    "МАОУ СОШ № " + i + "0 " + w.methodologist(), SchoolKind.GENERAL, null, null, null));
            SchoolSummary school = schools.summariesOf(List.of(id)).get(0);
            submitted(school, "Практика школы " + i, PracticesDemoRecords.End.SUBMITTED);
            submitted(school, "Ещё практика школы " + i, PracticesDemoRecords.End.SUBMITTED);
        }
        methodologist.get("/");
        var after = SqlCount.fewest(3, () -> methodologist.get("/"));
        assertThat(after.result().body()).contains("Практики на модерации: 9");
        System.out.println("methodologist home: " + before.statements() + " statements with 1 school, "
                + after.statements() + " with 5 schools and 9 waiting practices");
        assertThat(after.statements()).as("statements with more schools and practices (%d before)",
                before.statements()).isLessThanOrEqualTo(before.statements());
        assertThat(after.statements()).isLessThanOrEqualTo(40);
    }
}
