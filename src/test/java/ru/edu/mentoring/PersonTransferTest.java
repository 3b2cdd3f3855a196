package ru.edu.mentoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import ru.edu.mentoring.support.Fixtures;
import ru.edu.mentoring.support.IntegrationTest;

/** A student changes schools: one identity, the register keeps the earlier school's participations. */
class PersonTransferTest extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService users;

    @Test
    void aTransferredStudentKeepsTheirHistoryAndLeavesTheOldBases() throws Exception {
        long from = Fixtures.schoolId(jdbc, "МАОУ СОШ № 10");
        long to = Fixtures.schoolId(jdbc, "МАУ ДО «ЦДТ»");
        long person = jdbc.queryForObject("select min(pm.person_id) from pair_mentee pm join mentoring_pair p"
                + " on p.id = pm.pair_id where p.school_id = ? and p.status = 'COMPLETED'", Long.class, from);
        long version = jdbc.queryForObject("select version from person where id = ?", Long.class, person);
        mvc.perform(post("/people/" + person + "/transfer").param("toSchoolId", String.valueOf(to))
                .param("version", String.valueOf(version)).with(csrf())
                .with(user(users.loadUserByUsername("curator1")))).andExpect(status().isNotFound());
        mvc.perform(post("/people/" + person + "/transfer").param("toSchoolId", String.valueOf(to))
                .param("version", String.valueOf(version)).with(csrf())
                .with(user(users.loadUserByUsername("department")))).andExpect(status().isFound());
        assertThat(jdbc.queryForObject("select school_id from person where id = ?", Long.class, person)).isEqualTo(to);
        assertThat(jdbc.queryForObject("select count(*) from mentee_profile where person_id = ? and in_base",
                Integer.class, person)).isZero();
        String register = mvc.perform(get("/people/" + person).with(user(users.loadUserByUsername("methodologist"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(register).contains("МАОУ СОШ № 10", "МАУ ДО «ЦДТ»", "завершена");
    }
}
