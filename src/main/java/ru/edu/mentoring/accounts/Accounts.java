package ru.edu.mentoring.accounts;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import ru.edu.mentoring.shared.NotFoundException;

/** The accounts module's API for other modules. */
@Service
public class Accounts {

    private final UserAccountRepository users;
    private final PasswordEncoder passwordEncoder;
    private final ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions;

    Accounts(UserAccountRepository users, PasswordEncoder passwordEncoder,
            ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.sessions = sessions;
    }

    public record UserOption(long id, String fullName, String username) {}

    /** A new account: the password is given in clear and stored hashed. */
    public record NewAccount(
            String username,
            String password,
            String fullName,
            String email,
            Set<Role> roles,
            Long municipalityId,
            Set<Long> schoolIds) {}

    @Transactional(readOnly = true)
    public boolean anyAccounts() {
        return users.count() > 0;
    }

    @Transactional(readOnly = true)
    public boolean usernameTaken(String username) {
        return users.existsByUsernameIgnoreCase(username.trim());
    }

    @Transactional
    public long create(NewAccount account) {
        return create(account, passwordEncoder.encode(account.password()));
    }

    /**
     * The password's hash (bcrypt, deliberately slow: some 0.1 s of a core), for {@link #create(NewAccount, String)}.
     */
    public String encodePassword(String password) {
        return passwordEncoder.encode(password);
    }

    /**
     * Creates an account whose password was hashed by {@link #encodePassword}: the demo data hash their one password
     * once for all their accounts. {@code account.password()} is not used.
     */
    @Transactional
    public long create(NewAccount account, String encodedPassword) {
        UserAccount user = new UserAccount(
                account.username().trim().toLowerCase(java.util.Locale.ROOT),
                encodedPassword,
                account.fullName().trim());
        user.update(
                account.fullName().trim(),
                blankToNull(account.email()),
                account.roles(),
                account.municipalityId(),
                account.schoolIds() == null ? Set.of() : account.schoolIds());
        return users.save(user).getId();
    }

    /** Enabled users holding a role, of the given municipality or of none, sorted by name. */
    @Transactional(readOnly = true)
    public List<UserOption> enabledUsersWithRole(Role role, long municipalityId) {
        return users.findEnabledWithRole(role, municipalityId).stream()
                .map(u -> new UserOption(u.getId(), u.getFullName(), u.getUsername()))
                .toList();
    }

    @Transactional(readOnly = true)
    public Map<Long, String> fullNames(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return users.findByIdIn(new LinkedHashSet<>(ids)).stream()
                .collect(Collectors.toMap(UserAccount::getId, UserAccount::getFullName));
    }

    /**
     * Gives a user access to a school (a curator appointed to it). When that changes the account, the user's open
     * sessions end: they carry the schools of the login, so the user signs in again and gets the school.
     */
    @Transactional
    public void bindToSchool(long userId, long schoolId, long municipalityId) {
        UserAccount user = users.findWithDetailsById(userId).orElseThrow(NotFoundException::new);
        if (user.bindToSchool(schoolId, municipalityId)) {
            endSessions(user.getUsername());
        }
    }

    /**
     * Takes a school from a user (a curator whose appointment ended); their open sessions end, so the school is out
     * of their reach from their next request on.
     */
    @Transactional
    public void unbindFromSchool(long userId, long schoolId) {
        UserAccount user = users.findWithDetailsById(userId).orElseThrow(NotFoundException::new);
        if (user.unbindFromSchool(schoolId)) {
            endSessions(user.getUsername());
        }
    }

    /** An enabled user bound to a school, with their roles: who reaches the school's data. */
    public record SchoolMember(long id, String fullName, String username, Set<Role> roles) {}

    /** The enabled users bound to the school (its curators, deputies and heads), sorted by name. */
    @Transactional(readOnly = true)
    public List<SchoolMember> enabledUsersAtSchool(long schoolId) {
        return users.findEnabledAtSchool(schoolId).stream()
                .map(u -> new SchoolMember(u.getId(), u.getFullName(), u.getUsername(),
                        u.getRoles().isEmpty() ? Set.of() : java.util.EnumSet.copyOf(u.getRoles())))
                .toList();
    }

    /**
     * The administrator's change of an account. When the user's reach changes (roles, municipality or schools), every
     * open session of theirs ends, since a session carries the roles and schools of its login.
     */
    @Transactional
    void change(UserAccount user, String fullName, String email, Set<Role> roles, Long municipalityId,
            Set<Long> schoolIds) {
        if (user.update(fullName, email, roles, municipalityId, schoolIds)) {
            endSessions(user.getUsername());
        }
    }

    /** Enables or disables an account; disabling ends its sessions. */
    @Transactional
    void setEnabled(UserAccount user, boolean enabled) {
        user.setEnabled(enabled);
        if (!enabled) {
            endSessions(user.getUsername());
        }
    }

    /** Sets a new password (given in clear, stored hashed) and ends the user's sessions. */
    @Transactional
    void resetPassword(UserAccount user, String newPassword) {
        user.changePassword(passwordEncoder.encode(newPassword));
        endSessions(user.getUsername());
    }

    /**
     * Ends every session of the user. Sessions live in PostgreSQL, so this reaches every instance. They are deleted at
     * once (Spring Session writes in a transaction of its own) and, when a transaction is running, once more after it
     * commits: a login made between the two read the account as it was before the change.
     */
    void endSessions(String username) {
        FindByIndexNameSessionRepository<? extends Session> repository = sessions.getIfAvailable();
        if (repository == null) {
            return;
        }
        Runnable end = () -> repository.findByPrincipalName(username).keySet().forEach(repository::deleteById);
        end.run();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    end.run();
                }
            });
        }
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /** Ids of the enabled users holding a role who are bound to the school (e.g. its curators). */
    @Transactional(readOnly = true)
    public List<Long> enabledUserIdsAtSchool(Role role, long schoolId) {
        return users.findEnabledWithRoleAtSchool(role, schoolId);
    }

    /** Ids of the enabled users holding a role in the municipality (e.g. its department staff). */
    @Transactional(readOnly = true)
    public List<Long> enabledUserIdsInMunicipality(Role role, long municipalityId) {
        return users.findEnabledWithRole(role, municipalityId).stream()
                .filter(u -> u.getMunicipalityId() != null && u.getMunicipalityId() == municipalityId)
                .map(UserAccount::getId)
                .toList();
    }
}
