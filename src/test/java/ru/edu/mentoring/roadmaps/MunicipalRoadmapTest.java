package ru.edu.mentoring.roadmaps;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.edu.mentoring.StaleVersionFormsTest;
import ru.edu.mentoring.support.Fixtures;
import ru.edu.mentoring.support.HttpSession;
import ru.edu.mentoring.support.IntegrationTest;

/** The department edits the municipal roadmap: add, a stale edit kept as typed, a bad range, delete. */
class MunicipalRoadmapTest extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theDemoCarriesTheNazarovoRoadmap() {
        long municipality = jdbc.queryForObject("select municipality_id from school where id = ?", Long.class,
                Fixtures.school1(jdbc));
        String page = HttpSession.loggedIn(port, "curator1", "demo").get("/roadmaps/municipal/" + municipality)
                .body();
        assertThat(page).contains("Подготовка нормативной базы реализации целевой модели наставничества",
                "Май-октябрь 2020 г.", "Создание муниципальной базы «Наставник»", "Май, ежегодно с 2022 года",
                "Представление результатов внедрения целевой модели наставничества").doesNotContain("Добавить раздел");
    }

    @Test
    void departmentAddsEditsAndDeletesAMeasure() {
        HttpSession department = HttpSession.loggedIn(port, "department", "demo");
        long municipality = jdbc.queryForObject("select municipality_id from school where id = ?", Long.class,
                Fixtures.school1(jdbc));
        long section = jdbc.queryForObject("select id from municipal_section where municipality_id = ? and"
                + " number = '5.'", Long.class, municipality);
        String form = department.get("/roadmaps/municipal/" + municipality + "/measures/new?section=" + section)
                .body();
        String csrf = "_csrf=" + HttpSession.enc(HttpSession.csrf(form));
        HttpResponse<String> badRange = department.post("/roadmaps/municipal/" + municipality + "/measures", csrf
                + "&sectionId=" + section + "&number=5.5.&title=" + HttpSession.enc("Итоговая конференция")
                + "&dueFrom=2026-05-31&dueTo=2026-05-01");
        assertThat(badRange.body()).contains("Дата начала не может быть позже даты окончания");
        assertThat(department.post("/roadmaps/municipal/" + municipality + "/measures", csrf + "&sectionId="
                + section + "&number=5.5.&title=" + HttpSession.enc("Итоговая конференция") + "&deadlineText="
                + HttpSession.enc("Май 2026 г.") + "&dueFrom=2026-05-01&dueTo=2026-05-31").statusCode())
                .isEqualTo(302);
        long measure = jdbc.queryForObject("select id from municipal_measure where title = 'Итоговая конференция'",
                Long.class);

        long version = jdbc.queryForObject("select version from municipal_measure where id = ?", Long.class, measure);
        jdbc.update("update municipal_measure set version = version + 1 where id = ?", measure);
        HttpResponse<String> stale = department.post("/roadmaps/municipal/measures/" + measure, csrf + "&sectionId="
                + section + "&number=5.5.&title=" + HttpSession.enc("Итоговая конференция педагогов-наставников")
                + "&version=" + version);
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body()).contains("Запись изменилась", "Итоговая конференция педагогов-наставников");
        assertThat(StaleVersionFormsTest.versions(stale.body())).as("the current version, for a deliberate second save")
                .containsOnly(version + 1);

        HttpResponse<String> staleDelete = department.post("/roadmaps/municipal/measures/" + measure + "/delete",
                csrf + "&version=" + version);
        assertThat(staleDelete.statusCode()).isEqualTo(409);
        assertThat(department.post("/roadmaps/municipal/measures/" + measure + "/delete", csrf + "&version="
                + (version + 1)).statusCode()).isEqualTo(302);
        assertThat(jdbc.queryForObject("select count(*) from municipal_measure where id = ?", Long.class, measure))
                .isZero();
    }

    @Test
    void aSchoolRoadmapCopiesTheMunicipalOne() {
        long school = Fixtures.schoolId(jdbc, "МАОУ СОШ № 10");
        long roadmap = jdbc.queryForObject("select id from roadmap where school_id = ?", Long.class, school);
        assertThat(jdbc.queryForList("select number from roadmap_measure where roadmap_id = ? order by position",
                String.class, roadmap)).startsWith("1.", "1.1.", "1.2.", "1.3.", "1.4.", "2.");
        assertThat(jdbc.queryForObject("select responsible from roadmap_measure where roadmap_id = ? and"
                + " number = '1.4.'", String.class, roadmap)).isEqualTo("Руководители ОО");
    }
}
