package ru.edu.mentoring.snapshots;

import ru.edu.mentoring.accounts.CurrentUser;

/**
 * Which region a regional user belongs to: the one question the snapshots ask about regions. A region is its name
 * ({@code municipality.region_name}) until the regions module exists; its integration replaces the implementation.
 */
public interface RegionMembership {

    /** Whether the user is a regional user of this region: reads its municipalities' snapshots and decides them. */
    boolean belongsTo(CurrentUser user, String regionName);
}
