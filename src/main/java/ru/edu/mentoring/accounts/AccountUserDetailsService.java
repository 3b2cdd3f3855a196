package ru.edu.mentoring.accounts;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class AccountUserDetailsService implements UserDetailsService {

    private final UserAccountRepository users;
    private final org.springframework.beans.factory.ObjectProvider<RegionDirectory> regions;

    AccountUserDetailsService(UserAccountRepository users,
            org.springframework.beans.factory.ObjectProvider<RegionDirectory> regions) {
        this.users = users;
        this.regions = regions;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        return users.findByUsernameIgnoreCase(username == null ? "" : username.trim())
                .map(u -> new AccountPrincipal(u.toCurrentUser(regionMunicipalities(u)), u.getPasswordHash(),
                        u.isEnabled(),
                        u.lockedAt(java.time.Instant.now())))
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
    }

    /** The municipalities of a regional centre user's region, as they are at this login. */
    private java.util.Set<Long> regionMunicipalities(UserAccount u) {
        RegionDirectory directory = regions.getIfAvailable();
        if (u.getRegionId() == null || directory == null || !u.getRoles().contains(Role.REGION)) {
            return java.util.Set.of();
        }
        return directory.municipalitiesOf(u.getRegionId());
    }
}
