package ru.edu.mentoring.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import ru.edu.mentoring.schools.SchoolForm;
import ru.edu.mentoring.schools.SchoolKind;
import ru.edu.mentoring.schools.Schools;
import ru.edu.mentoring.support.IntegrationTest;

/** A municipality with more schools than a page: the table shows 50 a page, the last page the rest, no page fails. */
class DashboardPagingTest extends IntegrationTest {

    static final String MUNICIPALITY = "Городской округ Многошкольный (страницы)";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Schools schools;

    @Autowired
    UserDetailsService users;

    @Test
    void theSchoolsTableComesInPagesOfFifty() throws Exception {
        long municipality = schools.municipalityByName(MUNICIPALITY).orElseGet(() -> {
            long m = schools.createMunicipality(MUNICIPALITY, "Свердловская область");
            for (int i = 1; i <= 55; i++) {
                schools.createSchool(m, new SchoolForm("Школа № " + i + " полностью", String.format("Школа № %02d", i),
                        SchoolKind.GENERAL, null, null, null));
            }
            return m;
        });
        String first = page(municipality, null);
        assertThat(rows(first)).isEqualTo(50);
        assertThat(first).contains("Школа № 01").doesNotContain("Школа № 55").contains("page=1");
        String second = page(municipality, 1);
        assertThat(rows(second)).isEqualTo(5);
        assertThat(second).contains("Школа № 55").doesNotContain("Школа № 01<");
        assertThat(rows(page(municipality, 9))).isZero();
    }

    private String page(long municipality, Integer page) throws Exception {
        var request = get("/monitoring/municipalities/" + municipality).with(user(users.loadUserByUsername("region")));
        if (page != null) {
            request.param("page", String.valueOf(page));
        }
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private static int rows(String html) {
        Matcher m = Pattern.compile("data-school-id=").matcher(html);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
