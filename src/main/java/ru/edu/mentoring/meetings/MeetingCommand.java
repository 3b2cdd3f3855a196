package ru.edu.mentoring.meetings;

import java.time.LocalDateTime;
import java.util.Set;

/** What a curator enters for a meeting, checked by {@link MeetingRules}. */
record MeetingCommand(MeetingType type, LocalDateTime startsAt, int durationMin, MeetingFormat format, String topic,
        String content, String outcome, String homework, boolean curatorPresent, Integer mentorRating,
        Integer menteeRating, Set<Long> participantIds) {

    MeetingCommand {
        participantIds = Set.copyOf(participantIds);
    }
}
