package ru.edu.mentoring.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import ru.edu.mentoring.schools.SchoolForm;
import ru.edu.mentoring.schools.SchoolKind;
import ru.edu.mentoring.schools.Schools;
import ru.edu.mentoring.support.HttpSession;
import ru.edu.mentoring.support.IntegrationTest;

/** Issue 18 point 4: accounts created with the appointment, set-password links, own and forgotten passwords. */
@RecordApplicationEvents
class AccountLinksTest extends IntegrationTest {

    private static final AtomicInteger SEQ = new AtomicInteger();
    private static final String GOOD = "Лиственница-Ковыль-42";

    @Autowired Schools schools;
    @Autowired Accounts accounts;
    @Autowired JdbcTemplate jdbc;
    @Autowired MockMvc mvc;
    @Autowired ApplicationEvents events;
    @LocalServerPort int port;

    /** A municipality of the test's own, so that the demo municipality's lists and matrix stay as the demo made them. */
    private Long municipality;

    private long newSchool() {
        if (municipality == null) {
            municipality = schools.createMunicipality("Городской округ ссылок " + System.nanoTime(),
                    "Свердловская область");
        }
        int n = SEQ.incrementAndGet() + (int) (System.nanoTime() % 10000);
        return schools.createSchool(municipality, new SchoolForm("Школа для ссылок № " + n, "Школа ссылок " + n,
                SchoolKind.GENERAL, null, null, null));
    }

    private static String unique(String prefix) {
        return prefix + SEQ.incrementAndGet() + System.nanoTime() % 100000 + "@example.org";
    }

    private PasswordLinkIssued lastLink() {
        List<PasswordLinkIssued> issued = events.stream(PasswordLinkIssued.class).toList();
        assertThat(issued).isNotEmpty();
        return issued.get(issued.size() - 1);
    }

    private static String token(PasswordLinkIssued e) {
        return e.link().substring(e.link().indexOf("token=") + "token=".length());
    }

    @Test
    void appointingByEmailCreatesTheAccountAndItsLinkSetsThePasswordOnce() {
        long school = newSchool();
        String email = unique("new.curator");
        var account = schools.appointCuratorByEmail(school, email, "Новикова Анна Петровна", "15-к",
                LocalDate.now().minusDays(1), null);
        assertThat(account.problem()).isNull();
        assertThat(account.created()).isTrue();

        PasswordLinkIssued link = lastLink();
        assertThat(link.purpose()).isEqualTo(PasswordLinkIssued.Purpose.NEW_ACCOUNT);
        assertThat(link.email()).isEqualTo(email);
        assertThat(link.userId()).isEqualTo(account.userId());
        assertThat(link.expiresAt()).isBetween(Instant.now().plus(71, ChronoUnit.HOURS),
                Instant.now().plus(73, ChronoUnit.HOURS));
        String raw = token(link);
        assertThat(jdbc.queryForList("select token_hash from password_token where user_id = ?", String.class,
                account.userId())).containsExactly(PasswordLinks.hash(raw)).doesNotContain(raw);
        assertThat(jdbc.queryForObject("select count(*) from app_user_school where user_id = ? and school_id = ?",
                Integer.class, account.userId(), school)).as("appointed in the same step").isEqualTo(1);
        assertThat(schools.currentCuratorId(school)).contains(account.userId());

        // the curator follows the link and sets a password
        HttpSession browser = new HttpSession(port);
        HttpResponse<String> page = browser.get("/password/set?token=" + raw);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("name=\"newPassword\"").doesNotContain("data-testid=\"link-invalid\"");
        HttpResponse<String> set = browser.post("/password/set", "token=" + raw + "&newPassword="
                + HttpSession.enc(GOOD) + "&repeatPassword=" + HttpSession.enc(GOOD) + "&_csrf="
                + HttpSession.enc(HttpSession.csrf(page.body())));
        assertThat(set.statusCode()).isEqualTo(302);
        assertThat(set.headers().firstValue("Location").orElse("")).endsWith("/login?passwordSet");
        String username = jdbc.queryForObject("select username from app_user where id = ?", String.class,
                account.userId());
        HttpSession.loggedIn(port, username, GOOD);

        // the link is used up
        assertThat(new HttpSession(port).get("/password/set?token=" + raw).body())
                .contains("data-testid=\"link-invalid\"");
        assertThat(accounts.setPasswordByLink(raw, "Другой-Пароль-2026")).contains("password.link.invalid");
    }

    @Test
    void appointingByTheEmailOfAnExistingCuratorLinksTheirAccount() {
        long school = newSchool();
        String email = unique("existing");
        var first = schools.appointCuratorByEmail(school, email, "Петров Пётр Петрович", "16-к", LocalDate.now(), null);
        long before = events.stream(PasswordLinkIssued.class).count();
        long other = newSchool();
        var second = schools.appointCuratorByEmail(other, email.toUpperCase(), "", "17-к", LocalDate.now(), null);
        assertThat(second.created()).isFalse();
        assertThat(second.userId()).isEqualTo(first.userId());
        assertThat(events.stream(PasswordLinkIssued.class).count()).as("no new link for a linked account")
                .isEqualTo(before);
        var refused = schools.appointCuratorByEmail(newSchool(), "methodologist-" + email, "", "18-к",
                LocalDate.now(), null);
        assertThat(refused.problem()).isEqualTo("curator.fullName.required");
    }

    @Test
    void anExpiredLinkDoesNotWork() {
        String email = unique("expired");
        var account = schools.appointCuratorByEmail(newSchool(), email, "Сидорова Мария Ивановна", "19-к",
                LocalDate.now(), null);
        String raw = token(lastLink());
        jdbc.update("update password_token set expires_at = now() - interval '1 minute' where user_id = ?",
                account.userId());
        assertThat(accounts.linkUsable(raw)).isFalse();
        assertThat(accounts.setPasswordByLink(raw, GOOD)).contains("password.link.invalid");
    }

    @Test
    void passwordRulesRefuseShortAndCommonPasswords() {
        accounts.requestReset(unique("nobody"));
        String email = unique("rules");
        schools.appointCuratorByEmail(newSchool(), email, "Кузнецов Иван Ильич", "20-к", LocalDate.now(), null);
        String raw = token(lastLink());
        assertThat(accounts.setPasswordByLink(raw, "Короткий1")).contains("password.tooShort");
        assertThat(accounts.setPasswordByLink(raw, "Password2024!")).contains("password.common");
        assertThat(accounts.setPasswordByLink(raw, "qwertyqwerty")).contains("password.common");
        assertThat(accounts.setPasswordByLink(raw, "123456789012")).contains("password.common");
        assertThat(accounts.setPasswordByLink(raw, "ЙЦУКЕНГШЩЗХЪ")).contains("password.common");
        assertThat(accounts.linkUsable(raw)).as("a refused password does not use the link").isTrue();
        assertThat(accounts.setPasswordByLink(raw, GOOD)).isEmpty();
    }

    @Test
    void ownPasswordChangeNeedsTheCurrentOneAndEndsTheOtherSessions() throws Exception {
        String email = unique("own");
        var account = schools.appointCuratorByEmail(newSchool(), email, "Орлова Ольга Олеговна", "21-к",
                LocalDate.now(), null);
        accounts.setPasswordByLink(token(lastLink()), GOOD);
        String username = jdbc.queryForObject("select username from app_user where id = ?", String.class,
                account.userId());
        String[] problem = new String[1];
        assertThat(accounts.changeOwnPassword(account.userId(), "неверный-пароль", "Новый-Пароль-Сосна-7", null,
                problem)).isEqualTo(Accounts.OwnChange.WRONG_CURRENT);

        HttpSession a = HttpSession.loggedIn(port, username, GOOD);
        HttpSession b = HttpSession.loggedIn(port, username, GOOD);
        HttpResponse<String> form = a.get("/account/password");
        assertThat(form.statusCode()).isEqualTo(200);
        String next = "Новый-Пароль-Сосна-7";
        HttpResponse<String> done = a.post("/account/password", "currentPassword=" + HttpSession.enc(GOOD)
                + "&newPassword=" + HttpSession.enc(next) + "&repeatPassword=" + HttpSession.enc(next) + "&_csrf="
                + HttpSession.enc(HttpSession.csrf(form.body())));
        assertThat(done.statusCode()).isEqualTo(302);
        assertThat(a.get("/").statusCode()).as("the session that changed it goes on").isEqualTo(200);
        assertThat(b.get("/").statusCode()).as("another session ended").isEqualTo(302);
        HttpSession.loggedIn(port, username, next);
    }

    @Test
    void settingAPasswordByLinkEndsEverySessionOfTheUser() {
        String email = unique("sessions");
        var account = schools.appointCuratorByEmail(newSchool(), email, "Волков Павел Сергеевич", "22-к",
                LocalDate.now(), null);
        accounts.setPasswordByLink(token(lastLink()), GOOD);
        String username = jdbc.queryForObject("select username from app_user where id = ?", String.class,
                account.userId());
        HttpSession open = HttpSession.loggedIn(port, username, GOOD);
        assertThat(open.get("/").statusCode()).isEqualTo(200);
        accounts.requestReset(email);
        PasswordLinkIssued reset = lastLink();
        assertThat(reset.purpose()).isEqualTo(PasswordLinkIssued.Purpose.RESET);
        assertThat(accounts.setPasswordByLink(token(reset), "Третий-Пароль-Ель-9")).isEmpty();
        assertThat(open.get("/").statusCode()).isEqualTo(302);
    }

    @Test
    void forgottenPasswordAnswersAlikeForKnownAndUnknownAddressesAndIsThrottled() throws Exception {
        String email = unique("forgot");
        schools.appointCuratorByEmail(newSchool(), email, "Зайцева Нина Львовна", "23-к", LocalDate.now(), null);
        long before = events.stream(PasswordLinkIssued.class).count();
        String address = "10.77." + SEQ.incrementAndGet() % 250 + ".9";
        mvc.perform(post("/password/forgot").with(csrf()).param("email", email).with(r -> {
            r.setRemoteAddr(address);
            return r;
        })).andExpect(status().isFound()).andExpect(redirectedUrl("/password/forgot?sent"));
        assertThat(events.stream(PasswordLinkIssued.class).count()).isEqualTo(before + 1);
        mvc.perform(post("/password/forgot").with(csrf()).param("email", unique("unknown")).with(r -> {
            r.setRemoteAddr(address);
            return r;
        })).andExpect(status().isFound()).andExpect(redirectedUrl("/password/forgot?sent"));
        assertThat(events.stream(PasswordLinkIssued.class).count()).as("nothing for an unknown address")
                .isEqualTo(before + 1);
        // ten requests a minute per e-mail address, from any address
        for (int i = 0; i < 9; i++) {
            String from = "10.78." + i + "." + SEQ.incrementAndGet() % 250;
            mvc.perform(post("/password/forgot").with(csrf()).param("email", email).with(r -> {
                r.setRemoteAddr(from);
                return r;
            })).andExpect(status().isFound());
        }
        mvc.perform(post("/password/forgot").with(csrf()).param("email", email).with(r -> {
            r.setRemoteAddr("10.79.1.1");
            return r;
        })).andExpect(status().isTooManyRequests());
    }

    @Test
    void wrongCurrentPasswordsAreThrottled() throws Exception {
        String email = unique("throttle");
        var account = schools.appointCuratorByEmail(newSchool(), email, "Соколов Илья Андреевич", "24-к",
                LocalDate.now(), null);
        accounts.setPasswordByLink(token(lastLink()), GOOD);
        String username = jdbc.queryForObject("select username from app_user where id = ?", String.class,
                account.userId());
        HttpSession s = HttpSession.loggedIn(port, username, GOOD);
        int last = 0;
        for (int i = 0; i < 11; i++) {
            HttpResponse<String> form = s.get("/account/password");
            last = s.post("/account/password", "currentPassword=wrong-" + i + "&newPassword="
                    + HttpSession.enc("Новый-Пароль-Сосна-7") + "&repeatPassword="
                    + HttpSession.enc("Новый-Пароль-Сосна-7") + "&_csrf="
                    + HttpSession.enc(HttpSession.csrf(form.body()))).statusCode();
            if (i < 10) {
                assertThat(last).as("attempt " + i).isEqualTo(200);
            }
        }
        assertThat(last).isEqualTo(429);
        // the right password is refused too while throttled
        HttpResponse<String> form = s.get("/account/password");
        assertThat(s.post("/account/password", "currentPassword=" + HttpSession.enc(GOOD) + "&newPassword="
                + HttpSession.enc("Новый-Пароль-Сосна-7") + "&repeatPassword=" + HttpSession.enc("Новый-Пароль-Сосна-7")
                + "&_csrf=" + HttpSession.enc(HttpSession.csrf(form.body()))).statusCode()).isEqualTo(429);
    }
}
