package ru.edu.mentoring.meetings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The order rules of a pair's meetings (programme.md 4.3), free of the database: what refuses a meeting (errors) and
 * what only warns the curator. The one hard rule of the order is a single final meeting; the sequence знакомство →
 * пробная → планирование → рабочие is recommended, so breaking it is a warning.
 */
final class MeetingRules {

    private MeetingRules() {}

    /** A meeting of the log as the rules see it. */
    record Entry(Long id, MeetingType type, java.time.LocalDateTime startsAt, boolean curatorPresent) {}

    /** A message key and, for a warning about one meeting, that meeting's id (null for the log as a whole). */
    record Finding(String code, Long meetingId) {}

    /** The pair as the rules need it: its status (a name of pairing's status) and start. */
    record PairState(String status, LocalDate startDate, Set<Long> memberIds) {}

    /**
     * Why a meeting cannot be saved, as message keys; empty when it can. {@code editedId} is the meeting being
     * changed (null for a new one), {@code editedType} its type before the change.
     */
    static List<String> errors(PairState pair, List<Entry> log, Long editedId, MeetingType editedType,
            MeetingCommand c, LocalDate today) {
        List<String> errors = new ArrayList<>();
        if (!"ACTIVE".equals(pair.status())) {
            errors.add("DRAFT".equals(pair.status()) ? "meeting.error.pairDraft" : "meeting.error.pairClosed");
            return errors;
        }
        if (c.startsAt().toLocalDate().isBefore(pair.startDate())) {
            errors.add("meeting.error.beforeStart");
        }
        if (c.startsAt().toLocalDate().isAfter(today)) {
            errors.add("meeting.error.future");
        }
        if (c.participantIds().isEmpty()) {
            errors.add("meeting.error.noParticipants");
        } else if (!pair.memberIds().containsAll(c.participantIds())) {
            errors.add("meeting.error.notMember");
        }
        if (editedId != null && editedType != c.type()
                && (editedType == MeetingType.FINAL || c.type() == MeetingType.FINAL)) {
            errors.add("meeting.error.finalTypeChange");
        }
        if (c.type() == MeetingType.FINAL) {
            boolean another = log.stream().anyMatch(e -> e.type() == MeetingType.FINAL && !e.id().equals(editedId));
            if (another) {
                errors.add("meeting.error.secondFinal");
            }
            if (c.outcome() == null || c.outcome().isBlank()) {
                errors.add("meeting.error.finalOutcome");
            }
            boolean later = log.stream().anyMatch(e -> !e.id().equals(editedId) && e.startsAt().isAfter(c.startsAt()));
            if (later) {
                errors.add("meeting.error.finalNotLast");
            }
        }
        return errors;
    }

    /** The order warnings of a whole log (in date order); each names the meeting it is about. */
    static List<Finding> warnings(List<Entry> log) {
        List<Entry> sorted = log.stream().sorted(Comparator.comparing(Entry::startsAt)
                .thenComparing(e -> e.id() == null ? Long.MAX_VALUE : e.id())).toList();
        List<Finding> found = new ArrayList<>();
        if (sorted.isEmpty()) {
            return found;
        }
        Entry first = sorted.get(0);
        if (first.type() != MeetingType.ACQUAINTANCE) {
            found.add(new Finding("meeting.warn.firstNotAcquaintance", first.id()));
        }
        sorted.stream().filter(e -> e.type() == MeetingType.ACQUAINTANCE && !e.curatorPresent()).findFirst()
                .ifPresent(e -> found.add(new Finding("meeting.warn.curatorExpected", e.id())));
        EnumSet<MeetingType> seen = EnumSet.noneOf(MeetingType.class);
        for (Entry e : sorted) {
            if (e.type() == MeetingType.TRIAL && !seen.contains(MeetingType.ACQUAINTANCE)
                    && first.type() == MeetingType.ACQUAINTANCE) {
                found.add(new Finding("meeting.warn.trialBeforeAcquaintance", e.id()));
            }
            if (e.type() == MeetingType.WORKING && !seen.contains(MeetingType.PLANNING)
                    && !seen.contains(MeetingType.WORKING)) {
                found.add(new Finding("meeting.warn.workingBeforePlanning", e.id()));
            }
            if (e.type() == MeetingType.FINAL && !seen.contains(MeetingType.WORKING)) {
                found.add(new Finding("meeting.warn.finalWithoutWork", e.id()));
            }
            seen.add(e.type());
        }
        return found;
    }

    /** The type a new meeting most likely has: the next one of the sequence not yet held, then рабочая. */
    static MeetingType nextType(List<Entry> log) {
        EnumSet<MeetingType> held = EnumSet.noneOf(MeetingType.class);
        log.forEach(e -> held.add(e.type()));
        for (MeetingType t : List.of(MeetingType.ACQUAINTANCE, MeetingType.TRIAL, MeetingType.PLANNING)) {
            if (!held.contains(t)) {
                return t;
            }
        }
        return MeetingType.WORKING;
    }

    /**
     * Whether a running pair counts as stalled: its last meeting (or, with none, its start) lies more than
     * {@code days} days before {@code today}.
     */
    static boolean stalled(LocalDate lastMeetingOrStart, LocalDate today, int days) {
        return lastMeetingOrStart.isBefore(today.minusDays(days));
    }
}
