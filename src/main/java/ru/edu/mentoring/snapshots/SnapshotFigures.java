package ru.edu.mentoring.snapshots;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import ru.edu.mentoring.monitoring.Coverage;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A municipality's figures as of a date, as they are frozen in a snapshot (JSON) and as the API serves them live:
 * counts and shares only, never a person. Shares are recomputed from the counts (never averaged). The counts are
 * boxed: a frozen snapshot's JSON written before a figure existed (or damaged) lacks it, and a missing figure is read
 * as null and shown as «—» instead of failing the page ({@link #read}).
 */
public record SnapshotFigures(long municipalityId, String municipalityName, String regionName, LocalDate asOf,
        int year, Share coverage, Long mentors, Long trainedMentors, Share trainedMentorsShare, Long youngTeachers,
        Long youngTeachersMentored, Share youngTeachersMentoredShare, Map<String, Long> pairsByForm,
        Map<String, Long> studentsByForm, Map<String, Long> pairsByStatus, Long pairsWithMeetings,
        Long pairsCompletedWithFinal, Integer schoolsWithoutCount, List<School> schools) {

    /** A part of a whole with its percentage (one decimal, half up; null without a whole) and, for coverage, a target. */
    public record Share(Long part, Integer whole, BigDecimal percent, BigDecimal target) {

        public static Share of(long part, Integer whole, BigDecimal target) {
            return new Share(part, whole, Coverage.percent(part, whole), target);
        }

        /** The percentage as shown; null without one (no whole, or the snapshot lacks it). */
        public String percentText() {
            return Coverage.format(percent);
        }
    }

    /** One school's figures. */
    public record School(long id, String name, Share coverage, Long mentors, Long trainedMentors,
            Map<String, Long> pairsByForm, Long pairsCompletedWithFinal) {

        /** The pairs of every form; null when the snapshot lacks them. */
        public Long pairs() {
            return sum(pairsByForm);
        }
    }

    /** The pairs of every form; null when the snapshot lacks them. */
    public Long pairs() {
        return sum(pairsByForm);
    }

    private static Long sum(Map<String, Long> byForm) {
        return byForm == null ? null
                : byForm.values().stream().filter(java.util.Objects::nonNull).mapToLong(Long::longValue).sum();
    }

    /** A count to add into a total: a missing figure adds nothing. */
    public static long count(Long figure) {
        return figure == null ? 0 : figure;
    }

    private static final JsonMapper LENIENT = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The figures as they are frozen: JSON. */
    static String write(SnapshotFigures figures) {
        return JSON.writeValueAsString(figures);
    }

    /**
     * Frozen figures read back leniently: a figure the JSON lacks is null (shown as «—»), a property it has no more is
     * passed over; JSON that cannot be read at all gives figures with none known (the page says «—» everywhere)
     * instead of a 500.
     */
    static SnapshotFigures read(String json, long municipalityId) {
        if (json != null) {
            try {
                return LENIENT.readValue(json, SnapshotFigures.class);
            } catch (JacksonException e) {
                // fall through: the page shows the snapshot with no figure known
            }
        }
        return new SnapshotFigures(municipalityId, null, null, null, 0, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null);
    }
}
