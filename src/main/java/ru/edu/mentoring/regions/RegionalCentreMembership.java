package ru.edu.mentoring.regions;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.edu.mentoring.accounts.CurrentUser;
import ru.edu.mentoring.accounts.Role;
import ru.edu.mentoring.snapshots.RegionMembership;

/**
 * A regional centre's user belongs to the one region the administrator gave the account: it reads and decides the
 * snapshots of that region's municipalities only (a user without a region, none).
 */
@Component
class RegionalCentreMembership implements RegionMembership {

    private final RegionRepository regions;

    RegionalCentreMembership(RegionRepository regions) {
        this.regions = regions;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean belongsTo(CurrentUser user, String regionName) {
        if (!user.has(Role.REGION) || user.regionId() == null || regionName == null) {
            return false;
        }
        return regions.findById(user.regionId()).map(r -> r.getName().equals(regionName)).orElse(false);
    }
}
