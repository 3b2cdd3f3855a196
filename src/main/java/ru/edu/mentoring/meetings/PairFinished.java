package ru.edu.mentoring.meetings;

import java.time.LocalDate;

/**
 * A pair or group ended with its final meeting («итоговая встреча») and is COMPLETED: published inside the
 * transaction that recorded the meeting and completed the pair, so that a later module (the exit questionnaires of
 * issue 20, point 4) can open its exit wave for the pair. Carries ids and a date only, never names.
 */
public record PairFinished(long pairId, long schoolId, long meetingId, LocalDate on) {}
