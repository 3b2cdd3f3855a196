package ru.edu.mentoring.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The per-account count of failed logins survives a flood of other addresses and names filling the caches. */
class LoginThrottleFilterTest {

    private static int attempt(LoginThrottleFilter filter, String address, String username) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/login");
        request.setRemoteAddr(address);
        request.addParameter("username", username);
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, (req, res) -> ((HttpServletResponse) res).sendRedirect("/login?error"));
        return response.getStatus();
    }

    private static String address(int n) {
        return "10." + (n >> 16 & 255) + "." + (n >> 8 & 255) + "." + (n & 255);
    }

    @Test
    void aFloodOfAddressesAndNamesCannotEmptyTheCountOfTheAttackedAccount() throws Exception {
        LoginThrottleFilter filter = new LoginThrottleFilter(20, 10, 1_000);
        for (int i = 0; i < 10; i++) {
            assertThat(attempt(filter, address(i), "victim")).isEqualTo(302);
        }
        assertThat(attempt(filter, address(10), "victim")).as("the account's limit, from any address").isEqualTo(429);

        // twenty times the caches' bound of new addresses, each failing once for a name of its own
        for (int i = 0; i < 20_000; i++) {
            assertThat(attempt(filter, address(100 + i), "flood" + i)).isEqualTo(302);
        }
        for (int i = 0; i < 50; i++) {
            assertThat(attempt(filter, address(30_000 + i), "Victim "))
                    .as("the attacked account is still throttled after the flood").isEqualTo(429);
        }
    }

    @Test
    void theAddressLimitCountsApartFromTheAccountLimit() throws Exception {
        LoginThrottleFilter filter = new LoginThrottleFilter(20, 10, 1_000);
        for (int i = 0; i < 20; i++) {
            assertThat(attempt(filter, "192.0.2.1", "user" + i)).isEqualTo(302);
        }
        assertThat(attempt(filter, "192.0.2.1", "someone")).isEqualTo(429);
        assertThat(attempt(filter, "192.0.2.2", "someone")).as("another address, a fresh account").isEqualTo(302);
    }
}
