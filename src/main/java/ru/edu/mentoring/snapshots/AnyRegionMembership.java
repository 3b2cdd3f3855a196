package ru.edu.mentoring.snapshots;

import org.springframework.stereotype.Component;
import ru.edu.mentoring.accounts.CurrentUser;
import ru.edu.mentoring.accounts.Role;

/** Today's answer, before regions exist: a REGION user belongs to every region (and reads every municipality). */
@Component
class AnyRegionMembership implements RegionMembership {

    @Override
    public boolean belongsTo(CurrentUser user, String regionName) {
        return user.has(Role.REGION);
    }
}
