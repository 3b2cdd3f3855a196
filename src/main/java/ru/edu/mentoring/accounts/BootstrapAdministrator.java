package ru.edu.mentoring.accounts;

import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The first administrator of a real deployment: created from {@code ADMIN_USERNAME} and {@code ADMIN_PASSWORD} when
 * no enabled administrator exists yet. There is no built-in password.
 */
@Component
@Order(0)
class BootstrapAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BootstrapAdministrator.class);

    private final UserAccountRepository users;
    private final Accounts accounts;
    private final String username;
    private final String password;

    BootstrapAdministrator(
            UserAccountRepository users,
            Accounts accounts,
            @Value("${app.bootstrap-admin.username:}") String username,
            @Value("${app.bootstrap-admin.password:}") String password) {
        this.users = users;
        this.accounts = accounts;
        this.username = username;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (username.isBlank() || password.isBlank() || users.anyEnabledAdministrator()) {
            return;
        }
        if (password.length() < 12) {
            throw new IllegalStateException("ADMIN_PASSWORD must have at least 12 characters");
        }
        if (accounts.usernameTaken(username)) {
            throw new IllegalStateException("ADMIN_USERNAME names an existing user that is not an administrator");
        }
        accounts.create(new Accounts.NewAccount(
                username, password, "Администратор", null, Set.of(Role.ADMIN), null, Set.of()));
        log.info("Created the first administrator account from ADMIN_USERNAME");
    }
}
