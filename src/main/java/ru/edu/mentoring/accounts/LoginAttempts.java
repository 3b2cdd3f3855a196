package ru.edu.mentoring.accounts;

import java.time.Duration;
import java.time.Instant;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Counts failed logins per account and locks it for a while after too many in a row. */
@Component
class LoginAttempts {

    private final UserAccountRepository users;
    private final int maxFailures;
    private final Duration lockout;

    LoginAttempts(UserAccountRepository users, @Value("${app.security.max-failed-logins:5}") int maxFailures,
            @Value("${app.security.lockout:15m}") Duration lockout) {
        this.users = users;
        this.maxFailures = maxFailures;
        this.lockout = lockout;
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void failed(AuthenticationFailureBadCredentialsEvent event) {
        Object name = event.getAuthentication().getPrincipal();
        if (name instanceof String username) {
            users.findByUsernameIgnoreCase(username.trim())
                    .ifPresent(u -> u.recordFailedLogin(maxFailures, lockout, Instant.now()));
        }
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void succeeded(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof AccountPrincipal principal) {
            users.findById(principal.getUser().id()).ifPresent(UserAccount::recordSuccessfulLogin);
        }
    }
}
