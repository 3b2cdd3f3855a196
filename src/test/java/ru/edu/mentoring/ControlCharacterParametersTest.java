package ru.edu.mentoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import ru.edu.mentoring.support.Fixtures;
import ru.edu.mentoring.support.IntegrationTest;

/**
 * A NUL byte (PostgreSQL refuses 0x00 in text) or another control character in any search or filter field of the
 * address answers 400 with a Russian message, never 500.
 */
class ControlCharacterParametersTest extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService users;

    @Test
    void aNulInASearchFieldIsA400WithARussianMessage() throws Exception {
        long school = Fixtures.school1(jdbc);
        Map<String, String[]> searches = new LinkedHashMap<>();
        searches.put("/schools/" + school + "/people", new String[] {"curator1", "q"});
        searches.put("/schools", new String[] {"department", "q"});
        searches.put("/admin/users", new String[] {"admin", "q"});
        searches.put("/audit", new String[] {"admin", "user"});
        searches.put("/audit?entity=", new String[] {"admin", "entity"});
        searches.put("/schools/" + school + "/pairs", new String[] {"curator1", "mentor"});
        for (String value : new String[] {"Иван\u0000ов", "\u0000", "a\u0001b", "x\u001b[31m"}) {
            for (Map.Entry<String, String[]> search : searches.entrySet()) {
                String path = search.getKey().replace("?entity=", "");
                MockHttpServletResponse answer = mvc.perform(get(path).param(search.getValue()[1], value)
                                .with(user(users.loadUserByUsername(search.getValue()[0]))))
                        .andReturn().getResponse();
                String what = path + "?" + search.getValue()[1] + "=" + value.replace("\u0000", "\\0");
                assertThat(answer.getStatus()).as(what).isEqualTo(400);
                assertThat(answer.getContentAsString()).as(what).contains("недопустимый управляющий символ");
            }
        }
    }

    @Test
    void ordinarySearchesStillWork() throws Exception {
        assertThat(mvc.perform(get("/schools").param("q", "СОШ № 1\t").with(user(users.loadUserByUsername("department"))))
                .andReturn().getResponse().getStatus()).isEqualTo(200);
        assertThat(mvc.perform(get("/schools").param("q", "СОШ № 1").with(user(users.loadUserByUsername("department"))))
                .andReturn().getResponse().getStatus()).isEqualTo(200);
    }
}
