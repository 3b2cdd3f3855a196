package ru.edu.mentoring.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import ru.edu.mentoring.pairing.Pairing;
import ru.edu.mentoring.support.Fixtures;
import ru.edu.mentoring.support.IntegrationTest;

/** The curator issues the order fixing two active pairs: a PDF filed unpublished, the pairs carry its number and date. */
class PairOrderTest extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    Pairing pairing;

    @Test
    void theOrderIsFiledAsAPdfAndFixesTheChosenPairs() throws Exception {
        long school = Fixtures.school1(jdbc);
        List<Pairing.PairLine> open = pairing.activePairsWithoutOrder(school);
        assertThat(open).as("the demo gives МАОУ СОШ № 1 active pairs without an order").hasSizeGreaterThan(1);
        long first = open.get(0).id();
        long second = open.get(1).id();
        long before = jdbc.queryForObject("select count(*) from school_document where kind = 'PAIRS_ORDER'", Long.class);

        MockHttpServletResponse refused = mvc.perform(post("/documents/school/" + school + "/pair-order")
                .param("pairIds", String.valueOf(first)).param("number", "").with(csrf())
                .with(user(users.loadUserByUsername("curator1")))).andReturn().getResponse();
        assertThat(refused.getContentAsString()).contains("Укажите номер и дату приказа");

        MockHttpServletResponse response = mvc.perform(post("/documents/school/" + school + "/pair-order")
                .param("pairIds", String.valueOf(first), String.valueOf(second)).param("number", "140/1-од")
                .param("date", "2025-11-25").with(csrf()).with(user(users.loadUserByUsername("curator1"))))
                .andReturn().getResponse();
        assertThat(response.getRedirectedUrl()).isEqualTo("/documents/school/" + school);
        assertThat(jdbc.queryForList("select order_number || ' ' || order_date from mentoring_pair where id in (?, ?)",
                String.class, first, second)).containsOnly("140/1-од 2025-11-25");
        assertThat(jdbc.queryForObject("select count(*) from school_document where kind = 'PAIRS_ORDER'", Long.class))
                .isEqualTo(before + 1);
        var doc = jdbc.queryForMap("select d.title, d.published, f.content from school_document d join document_file f"
                + " on f.id = d.file_id where d.kind = 'PAIRS_ORDER' order by d.id desc limit 1");
        assertThat(doc.get("title").toString()).contains("от 25.11.2025 № 140/1-од");
        assertThat(doc.get("published")).isEqualTo(false);
        assertThat(new String((byte[]) doc.get("content"), 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        assertThat(pairing.activePairsWithoutOrder(school)).extracting(Pairing.PairLine::id)
                .doesNotContain(first, second);
    }
}
