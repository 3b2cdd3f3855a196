package ru.edu.mentoring.snapshots;

import ru.edu.mentoring.accounts.CurrentUser;

/**
 * Which region a regional user belongs to: the one question the snapshots ask about regions. A region is its name
 * * ({@code municipality.region_name}); the regions module answers it (a regional centre user belongs to one region).
 */
public interface RegionMembership {

    /** Whether the user is a regional user of this region: reads its municipalities' snapshots and decides them. */
    boolean belongsTo(CurrentUser user, String regionName);
}
