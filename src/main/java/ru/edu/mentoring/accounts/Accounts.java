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
    private final PasswordLinks links;
    private final PasswordPolicy policy;

    Accounts(UserAccountRepository users, PasswordEncoder passwordEncoder,
            ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions, PasswordLinks links,
            PasswordPolicy policy) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.sessions = sessions;
        this.links = links;
        this.policy = policy;
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
        change(user, fullName, email, roles, municipalityId, schoolIds, user.getRegionId());
    }

    /**
     * The administrator's change of an account with its region (issue 22): moving a regional centre's user to another
     * region ends their sessions like any change of reach, so the old region is out of reach from the next request.
     */
    @Transactional
    void change(UserAccount user, String fullName, String email, Set<Role> roles, Long municipalityId,
            Set<Long> schoolIds, Long regionId) {
        boolean reach = user.update(fullName, email, roles, municipalityId, schoolIds);
        if (user.changeRegion(regionId) || reach) {
            endSessions(user.getUsername());
        }
    }

    /** Binds a regional centre's user to a region (demo data, tests); their open sessions end. */
    @Transactional
    public void bindToRegion(long userId, Long regionId) {
        UserAccount user = users.findWithDetailsById(userId).orElseThrow(NotFoundException::new);
        if (user.changeRegion(regionId)) {
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

    // --- accounts that run themselves -------------------------------------------------------------------------

    /**
     * The account of a curator the department appoints, found or created by e-mail in the appointment's transaction:
     * an account with that e-mail address that is an enabled curator of this municipality (or of none) is linked; with
     * none, a curator account of the municipality is created with no usable password and a {@code NEW_ACCOUNT} link is
     * issued to the address. {@code problem} is a message key when the address belongs to another kind of account.
     */
    public record CuratorAccount(Long userId, boolean created, String problem) {}

    @Transactional
    public CuratorAccount curatorAccount(String email, String fullName, long municipalityId) {
        String address = email.strip();
        List<UserAccount> holders = users.findByEmailIgnoreCase(address);
        for (UserAccount u : holders) {
            if (u.isEnabled() && u.getRoles().contains(Role.CURATOR)
                    && (u.getMunicipalityId() == null || u.getMunicipalityId() == municipalityId)) {
                return new CuratorAccount(u.getId(), false, null);
            }
        }
        if (!holders.isEmpty()) {
            return new CuratorAccount(null, false, "curator.email.otherAccount");
        }
        if (fullName == null || fullName.isBlank()) {
            return new CuratorAccount(null, false, "curator.fullName.required");
        }
        UserAccount user = new UserAccount(freeUsername(address), unusablePassword(), fullName.strip());
        user.update(fullName.strip(), address, Set.of(Role.CURATOR), municipalityId, Set.of());
        users.save(user);
        links.issue(user, PasswordLinkIssued.Purpose.NEW_ACCOUNT);
        return new CuratorAccount(user.getId(), true, null);
    }

    /** An account name from the address's local part: letters, digits, «.», «_», «-»; a number added when taken. */
    private String freeUsername(String email) {
        String local = email.substring(0, Math.max(0, email.indexOf('@'))).toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^a-z0-9._-]", "");
        String base = local.length() < 3 ? "curator" : local.substring(0, Math.min(40, local.length()));
        String name = base;
        for (int n = 2; users.existsByUsernameIgnoreCase(name); n++) {
            name = base + n;
        }
        return name;
    }

    /** A hash no password matches (of 32 random bytes nobody knows): the account is usable after its link only. */
    private String unusablePassword() {
        byte[] bytes = new byte[32];
        new java.security.SecureRandom().nextBytes(bytes);
        return passwordEncoder.encode(java.util.HexFormat.of().formatHex(bytes));
    }

    /**
     * A forgotten password: every enabled account with this e-mail address gets a {@code RESET} link. Nothing tells
     * the caller whether there was one.
     */
    @Transactional
    public void requestReset(String email) {
        if (email == null || email.isBlank() || email.length() > 200) {
            return;
        }
        users.findByEmailIgnoreCase(email.strip()).stream().filter(UserAccount::isEnabled)
                .forEach(u -> links.issue(u, PasswordLinkIssued.Purpose.RESET));
    }

    /**
     * The administrator's reset: a {@code RESET} link to the user's e-mail address instead of a typed password. The
     * old password keeps working until the link is used. Empty when sent, else the refusal's message key.
     */
    @Transactional
    java.util.Optional<String> sendResetLink(UserAccount user) {
        if (user.getEmail() == null || user.getEmail().isBlank()) {
            return java.util.Optional.of("user.reset.noEmail");
        }
        if (!user.isEnabled()) {
            return java.util.Optional.of("user.reset.disabled");
        }
        links.issue(user, PasswordLinkIssued.Purpose.RESET);
        return java.util.Optional.empty();
    }

    /** Whether a set-password link still works (known, unused, unexpired); the link is not used. */
    @Transactional(readOnly = true)
    public boolean linkUsable(String token) {
        return links.usable(token);
    }

    /**
     * Sets the password through a link: the link must be known, unused and unexpired and the password follow the
     * rules. The link is used up (and every other open link of the user ends), the lockout is cleared and every
     * session of the user ends. Empty when done, else the refusal's message key.
     */
    @Transactional
    public java.util.Optional<String> setPasswordByLink(String token, String newPassword) {
        java.util.Optional<PasswordToken> found = links.forUse(token);
        if (found.isEmpty()) {
            return java.util.Optional.of("password.link.invalid");
        }
        UserAccount user = users.findWithDetailsById(found.get().getUserId()).orElse(null);
        if (user == null || !user.isEnabled()) {
            return java.util.Optional.of("password.link.invalid");
        }
        java.util.Optional<String> problem = policy.problem(newPassword, user.getUsername());
        if (problem.isPresent()) {
            return problem;
        }
        links.use(found.get());
        user.changePassword(passwordEncoder.encode(newPassword));
        user.recordSuccessfulLogin();
        endSessions(user.getUsername());
        return java.util.Optional.empty();
    }

    /** The outcome of a user's own password change. */
    public enum OwnChange { DONE, WRONG_CURRENT, RULES }

    /**
     * A user's own password change: the current password must match and the new one follow the rules; every other
     * session of the user ends ({@code keepSessionId} is the one making the change). {@code problem[0]} receives the
     * rule's message key when the new password is refused.
     */
    @Transactional
    public OwnChange changeOwnPassword(long userId, String current, String newPassword, String keepSessionId,
            String[] problem) {
        UserAccount user = users.findWithDetailsById(userId).orElseThrow(NotFoundException::new);
        if (current == null || current.length() > PasswordPolicy.MAX_LENGTH
                || !passwordEncoder.matches(current, user.getPasswordHash())) {
            return OwnChange.WRONG_CURRENT;
        }
        java.util.Optional<String> rule = policy.problem(newPassword, user.getUsername());
        if (rule.isEmpty() && newPassword.equals(current)) {
            rule = java.util.Optional.of("password.sameAsCurrent");
        }
        if (rule.isPresent()) {
            problem[0] = rule.get();
            return OwnChange.RULES;
        }
        user.changePassword(passwordEncoder.encode(newPassword));
        links.endOpen(userId);
        endSessions(user.getUsername(), keepSessionId);
        return OwnChange.DONE;
    }

    /** The rules' message key for a password the administrator types for a new account, or empty. */
    java.util.Optional<String> passwordProblem(String password, String username) {
        return policy.problem(password, username);
    }

    /** Issues a {@code NEW_ACCOUNT} link to a new account created without a password. */
    @Transactional
    void sendNewAccountLink(long userId) {
        users.findWithDetailsById(userId).filter(u -> u.getEmail() != null)
                .ifPresent(u -> links.issue(u, PasswordLinkIssued.Purpose.NEW_ACCOUNT));
    }

    /** A new account whose password nobody knows yet (the administrator sends a link instead of typing one). */
    String newUnusablePassword() {
        return unusablePassword();
    }

    /**
     * Ends every session of the user. Sessions live in PostgreSQL, so this reaches every instance. They are deleted at
     * once (Spring Session writes in a transaction of its own) and, when a transaction is running, once more after it
     * commits: a login made between the two read the account as it was before the change.
     */
    void endSessions(String username) {
        endSessions(username, null);
    }

    /** Ends every session of the user but the one given (the session that changed the user's own password). */
    void endSessions(String username, String keepSessionId) {
        FindByIndexNameSessionRepository<? extends Session> repository = sessions.getIfAvailable();
        if (repository == null) {
            return;
        }
        Runnable end = () -> repository.findByPrincipalName(username).keySet().stream()
                .filter(id -> !id.equals(keepSessionId)).forEach(repository::deleteById);
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
