package ru.edu.mentoring.accounts;

import java.util.List;
import java.util.Set;

/**
 * What accounts needs to know of regions (issue 22): the regions an administrator may bind a regional centre's user
 * to, and the municipalities of a region, read at login. Implemented by the regions module, so that accounts does not
 * depend on it; without it (no regions module) a REGION user reads nothing.
 */
public interface RegionDirectory {

    List<SchoolDirectory.Option> regions();

    /** The ids of the municipalities of the region; empty for an unknown region. */
    Set<Long> municipalitiesOf(long regionId);
}
