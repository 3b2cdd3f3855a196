/**
 * Meetings: the pair's work (stage 6) and its end (stage 7) — the individual plan of a pair or group, the meeting log
 * with its order rules, pairs without a meeting for N days, the final meeting that completes the pair (through
 * pairing's public API) and publishes {@link ru.edu.mentoring.meetings.PairFinished}, the school's final event of the
 * year and the municipal summary. Reads pairs through the views pairing publishes; writes only its own tables.
 */
package ru.edu.mentoring.meetings;
