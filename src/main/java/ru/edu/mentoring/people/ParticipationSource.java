package ru.edu.mentoring.people;

import java.time.LocalDate;
import java.util.List;

/** Every pair or group a person took part in, across years and schools; implemented by the pairing module. */
public interface ParticipationSource {

    List<Participation> participations(long personId);

    /** The person ids of the school's mentees who are in an active pair or group. */
    java.util.Set<Long> activeMentees(long schoolId);

    /** Per mentor (person id) the mentees in the mentor's active pairs and groups; a mentor without any is left out. */
    java.util.Map<Long, Long> mentorLoads(java.util.Collection<Long> mentorPersonIds);

    /**
     * One participation: the role is MENTOR or MENTEE; the status is the pair's status name; the goal, result and
     * termination reason as the pair holds them.
     */
    record Participation(long pairId, long schoolId, String schoolName, String formName, String role, String status,
            LocalDate start, LocalDate end, String partners, String goal, String result, String terminationReason) {}
}
