package ru.edu.mentoring.reports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ru.edu.mentoring.monitoring.Coverage;

/**
 * The figures of a school report for one academic year (1 September – 31 August, as of its last day or today while it
 * runs): coverage and pairs by form and by status of that period, against the student count and target of the year it
 * starts in ({@code year}), the mentor base, the stages of that year's campaign and the approved roadmap's progress.
 * Reports frozen before this rule keep the {@code year} they were sent with. Kept as plain text
 * («key=value» lines) so that the snapshot taken at submission is stored in one column and never recomputed.
 */
public record ReportFigures(int year, LocalDate asOf, long involved, Integer students, BigDecimal percent,
        BigDecimal target, Map<String, Long> pairsByForm, Map<String, Long> pairsByStatus, long mentors,
        long trainedMentors, long mentees, String campaignTitle, int stagesTotal, int stagesDone, int stagesOverdue,
        String roadmapStatus, int measures, int measuresDone, int measuresOverdue, List<Quality> quality) {

    /**
     * A figure of the monitoring's quality providers ({@code monitoring.QualityIndicators}: trained mentors, meetings
     * per pair, pairs completed with a final meeting, and whatever providers are added): its code, its header's message
     * key and its text as shown, or the message key saying why there is none. Frozen with the others at submission.
     */
    public record Quality(String code, String headerKey, String text, String missingKey) {}

    /** The figures without quality figures (reports frozen before issue 20 point 6). */
    public ReportFigures(int year, LocalDate asOf, long involved, Integer students, BigDecimal percent,
            BigDecimal target, Map<String, Long> pairsByForm, Map<String, Long> pairsByStatus, long mentors,
            long trainedMentors, long mentees, String campaignTitle, int stagesTotal, int stagesDone,
            int stagesOverdue, String roadmapStatus, int measures, int measuresDone, int measuresOverdue) {
        this(year, asOf, involved, students, percent, target, pairsByForm, pairsByStatus, mentors, trainedMentors,
                mentees, campaignTitle, stagesTotal, stagesDone, stagesOverdue, roadmapStatus, measures, measuresDone,
                measuresOverdue, List.of());
    }

    public String percentText() {
        return Coverage.format(percent);
    }

    public String targetText() {
        return Coverage.format(target);
    }

    public Boolean met() {
        return Coverage.met(involved, students, target);
    }

    public String trainedText() {
        return Coverage.format(Coverage.share(trainedMentors, mentors));
    }

    public long pairs() {
        return pairsByForm.values().stream().mapToLong(Long::longValue).sum();
    }

    /** The figures as «key=value» lines; map entries as «form.NAME=n» and «status.NAME=n». */
    String toText() {
        StringBuilder b = new StringBuilder();
        line(b, "year", year);
        line(b, "asOf", asOf);
        line(b, "involved", involved);
        line(b, "students", students);
        line(b, "percent", percent == null ? null : percent.toPlainString());
        line(b, "target", target == null ? null : target.toPlainString());
        pairsByForm.forEach((k, v) -> line(b, "form." + clean(k), v));
        pairsByStatus.forEach((k, v) -> line(b, "status." + clean(k), v));
        line(b, "mentors", mentors);
        line(b, "trainedMentors", trainedMentors);
        line(b, "mentees", mentees);
        line(b, "campaignTitle", campaignTitle == null ? null : clean(campaignTitle));
        line(b, "stagesTotal", stagesTotal);
        line(b, "stagesDone", stagesDone);
        line(b, "stagesOverdue", stagesOverdue);
        line(b, "roadmapStatus", roadmapStatus);
        line(b, "measures", measures);
        line(b, "measuresDone", measuresDone);
        line(b, "measuresOverdue", measuresOverdue);
        // «quality.CODE=headerKey|text» or «quality.CODE=headerKey|!missingKey»
        for (Quality q : quality == null ? List.<Quality>of() : quality) {
            line(b, "quality." + clean(q.code()), clean(q.headerKey()) + "|"
                    + (q.missingKey() != null ? "!" + clean(q.missingKey()) : clean(q.text())));
        }
        return b.toString();
    }

    static ReportFigures parse(String text) {
        Map<String, String> v = new LinkedHashMap<>();
        Map<String, Long> forms = new LinkedHashMap<>();
        Map<String, Long> statuses = new LinkedHashMap<>();
        List<Quality> quality = new ArrayList<>();
        for (String line : text.split("\n")) {
            int eq = line.indexOf('=');
            if (eq < 0) {
                continue;
            }
            String key = line.substring(0, eq);
            String value = line.substring(eq + 1);
            if (key.startsWith("quality.")) {
                int bar = value.indexOf('|');
                if (bar > 0) {
                    String shown = value.substring(bar + 1);
                    boolean missing = shown.startsWith("!");
                    quality.add(new Quality(key.substring(8), value.substring(0, bar), missing ? null : shown,
                            missing ? shown.substring(1) : null));
                }
            } else if (key.startsWith("form.")) {
                forms.put(key.substring(5), Long.parseLong(value));
            } else if (key.startsWith("status.")) {
                statuses.put(key.substring(7), Long.parseLong(value));
            } else {
                v.put(key, value);
            }
        }
        return new ReportFigures(integer(v, "year"), v.get("asOf") == null ? null : LocalDate.parse(v.get("asOf")),
                number(v, "involved"), v.get("students") == null ? null : Integer.valueOf(v.get("students")),
                v.get("percent") == null ? null : new BigDecimal(v.get("percent")),
                v.get("target") == null ? null : new BigDecimal(v.get("target")), forms, statuses,
                number(v, "mentors"), number(v, "trainedMentors"), number(v, "mentees"), v.get("campaignTitle"),
                integer(v, "stagesTotal"), integer(v, "stagesDone"), integer(v, "stagesOverdue"),
                v.get("roadmapStatus"), integer(v, "measures"), integer(v, "measuresDone"),
                integer(v, "measuresOverdue"), List.copyOf(quality));
    }

    private static void line(StringBuilder b, String key, Object value) {
        if (value != null) {
            b.append(key).append('=').append(value).append('\n');
        }
    }

    private static String clean(String s) {
        return s.replace('\n', ' ').replace('\r', ' ').replace('=', '-');
    }

    private static long number(Map<String, String> v, String key) {
        return v.get(key) == null ? 0 : Long.parseLong(v.get(key));
    }

    private static int integer(Map<String, String> v, String key) {
        return v.get(key) == null ? 0 : Integer.parseInt(v.get(key));
    }
}
