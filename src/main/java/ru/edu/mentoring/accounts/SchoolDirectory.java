package ru.edu.mentoring.accounts;

import java.util.List;

/**
 * What accounts needs to know of municipalities and schools to bind users to them. Implemented by the schools module,
 * so that accounts does not depend on it.
 */
public interface SchoolDirectory {

    List<Option> municipalities();

    List<Option> schools();

    /** The municipality of each given school; unknown ids are left out. */
    java.util.Map<Long, Long> municipalityOfSchools(java.util.Collection<Long> schoolIds);

    record Option(long id, String name) {}
}
