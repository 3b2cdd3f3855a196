package ru.edu.mentoring.snapshots;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import ru.edu.mentoring.monitoring.Coverage;

/**
 * A municipality's figures as of a date, as they are frozen in a snapshot (JSON) and as the API serves them live:
 * counts and shares only, never a person. Shares are recomputed from the counts (never averaged).
 */
public record SnapshotFigures(long municipalityId, String municipalityName, String regionName, LocalDate asOf,
        int year, Share coverage, long mentors, long trainedMentors, Share trainedMentorsShare, long youngTeachers,
        long youngTeachersMentored, Share youngTeachersMentoredShare, Map<String, Long> pairsByForm,
        Map<String, Long> studentsByForm, Map<String, Long> pairsByStatus, long pairsWithMeetings,
        long pairsCompletedWithFinal, int schoolsWithoutCount, List<School> schools) {

    /** A part of a whole with its percentage (one decimal, half up; null without a whole) and, for coverage, a target. */
    public record Share(long part, Integer whole, BigDecimal percent, BigDecimal target) {

        public static Share of(long part, Integer whole, BigDecimal target) {
            return new Share(part, whole, Coverage.percent(part, whole), target);
        }

        public String percentText() {
            return Coverage.format(percent);
        }
    }

    /** One school's figures. */
    public record School(long id, String name, Share coverage, long mentors, long trainedMentors,
            Map<String, Long> pairsByForm, long pairsCompletedWithFinal) {

        public long pairs() {
            return pairsByForm.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    public long pairs() {
        return pairsByForm.values().stream().mapToLong(Long::longValue).sum();
    }
}
