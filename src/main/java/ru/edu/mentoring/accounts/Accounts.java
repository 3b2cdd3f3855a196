package ru.edu.mentoring.accounts;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.edu.mentoring.shared.NotFoundException;

/** The accounts module's API for other modules. */
@Service
public class Accounts {

    private final UserAccountRepository users;
    private final PasswordEncoder passwordEncoder;

    Accounts(UserAccountRepository users, PasswordEncoder passwordEncoder) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
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
        UserAccount user = new UserAccount(
                account.username().trim().toLowerCase(java.util.Locale.ROOT),
                passwordEncoder.encode(account.password()),
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

    /** Gives a user read access to a school (a curator appointed to it). */
    @Transactional
    public void bindToSchool(long userId, long schoolId, long municipalityId) {
        UserAccount user = users.findWithDetailsById(userId).orElseThrow(NotFoundException::new);
        user.bindToSchool(schoolId, municipalityId);
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
