package ru.edu.mentoring.questionnaires;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The figures of monitoring stages 1 and 2, for the pages of this module and for other modules (the methodologist's
 * summary): never computed on fewer than {@link #MIN_RESPONDENTS} respondents, so that no single answer can be
 * read back from an aggregate. Stage 1 (satisfaction) reads the exit wave; stage 2 (growth) pairs each respondent's
 * exit answers with their entry answers (the same pair, role and slot) and takes exit − entry per scale parameter.
 */
@Service
public class QuestionnaireFigures {

    /** Below this many respondents a figure is not computed («недостаточно ответов»). */
    public static final int MIN_RESPONDENTS = 5;

    /** The metric of the overall satisfaction figure: «Эффективность программы наставничества» (1–10). */
    public static final String SATISFACTION_METRIC = "effectiveness";

    /** A school's figure: how many respondents, and their mean, or null when fewer than five answered. */
    public record Figure(int respondents, Double mean) {

        public boolean enough() {
            return mean != null;
        }
    }

    /** An aggregate of one parameter: respondents, mean, standard deviation and range (all null below five). */
    public record Stat(int respondents, Double mean, Double sd, Integer min, Integer max) {

        public boolean enough() {
            return mean != null;
        }

        static Stat of(List<Integer> values) {
            int n = values.size();
            if (n < MIN_RESPONDENTS) {
                return new Stat(n, null, null, null, null);
            }
            double mean = values.stream().mapToInt(Integer::intValue).average().orElse(0);
            double sq = values.stream().mapToDouble(v -> (v - mean) * (v - mean)).sum();
            double sd = Math.sqrt(sq / (n - 1));
            return new Stat(n, round(mean), round(sd), values.stream().mapToInt(Integer::intValue).min().orElse(0),
                    values.stream().mapToInt(Integer::intValue).max().orElse(0));
        }
    }

    /** One row of a page's table: a parameter of a form's questionnaire for one respondent role. */
    public record Row(long formId, Respondent respondent, String metricKey, String question, Stat stat) {}

    private final JdbcTemplate jdbc;

    QuestionnaireFigures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    static Double round(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).doubleValue();
    }

    /** The SQL condition on {@code r.school_id} for one school or a whole municipality. */
    private static String scope(boolean municipality) {
        return municipality ? "r.school_id in (select id from schools_school_v where municipality_id = ?)"
                : "r.school_id = ?";
    }

    /**
     * Stage 1 per school of a municipality for an academic year: the exit answers of mentees and mentors to
     * «Эффективность программы наставничества»; every school of the municipality is in the map.
     */
    @Transactional(readOnly = true)
    public Map<Long, Figure> satisfactionBySchool(long municipalityId, int academicYear) {
        Map<Long, List<Integer>> values = new LinkedHashMap<>();
        schoolsOf(municipalityId).forEach(id -> values.put(id, new ArrayList<>()));
        jdbc.query("select r.school_id, a.scale_value from questionnaire_response r"
                + " join questionnaire_answer a on a.response_id = r.id where " + scope(true)
                + " and r.academic_year = ? and r.wave = 'EXIT' and r.respondent in ('MENTEE', 'MENTOR')"
                + " and a.metric_key = ? and a.scale_value is not null", rs -> {
                    values.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getInt(2));
                }, municipalityId, academicYear, SATISFACTION_METRIC);
        Map<Long, Figure> figures = new LinkedHashMap<>();
        values.forEach((school, list) -> figures.put(school, figure(list.stream().map(Integer::doubleValue).toList())));
        return figures;
    }

    /**
     * Stage 2 per school of a municipality for an academic year (of the exit answer): for each respondent with both
     * an entry and an exit answer, the mean of exit − entry over the scale parameters both answered; the school's
     * figure is the mean of those. Every school of the municipality is in the map.
     */
    @Transactional(readOnly = true)
    public Map<Long, Figure> growthBySchool(long municipalityId, int academicYear) {
        Map<Long, Map<Long, List<Integer>>> bySchool = new LinkedHashMap<>();
        schoolsOf(municipalityId).forEach(id -> bySchool.put(id, new LinkedHashMap<>()));
        for (Delta d : deltas(true, municipalityId, academicYear)) {
            bySchool.computeIfAbsent(d.schoolId(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(d.exitResponseId(), k -> new ArrayList<>()).add(d.delta());
        }
        Map<Long, Figure> figures = new LinkedHashMap<>();
        bySchool.forEach((school, respondents) -> figures.put(school, figure(respondents.values().stream()
                .map(list -> list.stream().mapToInt(Integer::intValue).average().orElse(0)).toList())));
        return figures;
    }

    private static Figure figure(List<Double> values) {
        int n = values.size();
        return new Figure(n, n < MIN_RESPONDENTS ? null
                : round(values.stream().mapToDouble(Double::doubleValue).average().orElse(0)));
    }

    private List<Long> schoolsOf(long municipalityId) {
        return jdbc.queryForList("select id from schools_school_v where municipality_id = ? order by sort_key, id",
                Long.class, municipalityId);
    }

    /** Stage 1 rows of a school (or of a municipality): each scale parameter of the exit wave by form and role. */
    @Transactional(readOnly = true)
    public List<Row> satisfaction(boolean municipality, long id, int academicYear) {
        Map<Key, List<Integer>> values = new TreeMap<>();
        jdbc.query("select r.form_id, r.respondent, a.metric_key, a.scale_value from questionnaire_response r"
                + " join questionnaire_answer a on a.response_id = r.id where " + scope(municipality)
                + " and r.academic_year = ? and r.wave = 'EXIT' and r.respondent in ('MENTEE', 'MENTOR')"
                + " and a.scale_value is not null", rs -> {
                    values.computeIfAbsent(new Key(rs.getLong(1), rs.getString(2), rs.getString(3)),
                            k -> new ArrayList<>()).add(rs.getInt(4));
                }, id, academicYear);
        return rows(values);
    }

    /** Stage 2 rows of a school (or of a municipality): exit − entry per scale parameter by form and role. */
    @Transactional(readOnly = true)
    public List<Row> growth(boolean municipality, long id, int academicYear) {
        Map<Key, List<Integer>> values = new TreeMap<>();
        for (Delta d : deltas(municipality, id, academicYear)) {
            values.computeIfAbsent(new Key(d.formId(), d.respondent(), d.metricKey()), k -> new ArrayList<>())
                    .add(d.delta());
        }
        return rows(values);
    }

    private record Key(long formId, String respondent, String metricKey) implements Comparable<Key> {

        @Override
        public int compareTo(Key o) {
            int c = Long.compare(formId, o.formId);
            if (c == 0) {
                c = o.respondent.compareTo(respondent);
            }
            return c != 0 ? c : metricKey.compareTo(o.metricKey);
        }
    }

    private record Delta(long schoolId, long exitResponseId, long formId, String respondent, String metricKey,
            int delta) {}

    /** Every exit − entry difference of a scale parameter answered at both waves by the same respondent. */
    private List<Delta> deltas(boolean municipality, long id, int academicYear) {
        return jdbc.query("select r.school_id, r.id, r.form_id, r.respondent, a.metric_key,"
                + " a.scale_value - ea.scale_value from questionnaire_response r"
                + " join questionnaire_answer a on a.response_id = r.id and a.scale_value is not null"
                + " join questionnaire_response e on e.pair_id = r.pair_id and e.respondent = r.respondent"
                + " and e.slot = r.slot and e.wave = 'ENTRY'"
                + " join questionnaire_answer ea on ea.response_id = e.id and ea.metric_key = a.metric_key"
                + " and ea.scale_value is not null"
                + " where " + scope(municipality) + " and r.academic_year = ? and r.wave = 'EXIT'"
                + " order by r.school_id, r.id", (rs, i) -> new Delta(rs.getLong(1), rs.getLong(2), rs.getLong(3),
                        rs.getString(4), rs.getString(5), rs.getInt(6)), id, academicYear);
    }

    private List<Row> rows(Map<Key, List<Integer>> values) {
        Map<String, String> questions = questionTexts();
        List<Row> rows = new ArrayList<>();
        values.forEach((k, list) -> rows.add(new Row(k.formId(), Respondent.valueOf(k.respondent()), k.metricKey(),
                questions.getOrDefault(k.formId() + "/" + k.respondent() + "/" + k.metricKey(), k.metricKey()),
                Stat.of(list))));
        // the template's order of questions
        Map<String, Integer> order = questionOrder();
        rows.sort((a, b) -> {
            int c = Long.compare(a.formId(), b.formId());
            if (c == 0) {
                c = a.respondent().compareTo(b.respondent());
            }
            return c != 0 ? c : Integer.compare(order.getOrDefault(a.metricKey(), 999),
                    order.getOrDefault(b.metricKey(), 999));
        });
        return rows;
    }

    /** The latest wording of each parameter, by form, role and metric key. */
    private Map<String, String> questionTexts() {
        Map<String, String> texts = new HashMap<>();
        jdbc.query("select t.form_id, t.respondent, q.metric_key, q.text from questionnaire_question q"
                + " join questionnaire_template t on t.id = q.template_id where t.form_id is not null"
                + " order by t.version_no", rs -> {
                    texts.put(rs.getLong(1) + "/" + rs.getString(2) + "/" + rs.getString(3), rs.getString(4));
                });
        return texts;
    }

    private Map<String, Integer> questionOrder() {
        Map<String, Integer> order = new HashMap<>();
        jdbc.query("select q.metric_key, min(q.position) from questionnaire_question q group by q.metric_key",
                rs -> {
                    order.put(rs.getString(1), rs.getInt(2));
                });
        return order;
    }
}
