package ru.edu.mentoring.audit;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Turns audit rows into what the department reads: who (the account's full name), when, what kind of action (a label
 * from the messages), the object as users name it (the school's short name, «дорожная карта МАОУ СОШ № 3», «пара:
 * Иванов И. И. — Петров П. П.») and the changed fields by their Russian names. Names are read now, not when the row
 * was written, so an anonymised person shows as their pseudonym; ids, class names and record strings are never shown.
 */
@Component
class AuditDescriptions {

    /** The kinds the trail is filtered by, each with the entities it covers (the views and exports apart). */
    static final Map<String, List<String>> KINDS = kinds();

    private static Map<String, List<String>> kinds() {
        Map<String, List<String>> k = new LinkedHashMap<>();
        k.put("roadmap", List.of("Roadmap", "RoadmapMeasure", "RoadmapRevision",
                "MunicipalSection", "MunicipalMeasure", "ApprovalTransition"));
        k.put("report", List.of("SchoolReport", "ApprovalTransition"));
        k.put("curator", List.of("CuratorAppointment"));
        k.put("target", List.of("CoverageTarget", "StudentCount"));
        k.put("campaign", List.of("Campaign", "CampaignSchool"));
        k.put("school", List.of("School", "Municipality"));
        k.put("pair", List.of("MentoringPair", "MentoringForm", "FormVariation"));
        k.put("person", List.of("Person", "MenteeProfile", "MentorProfile", "StudentClass"));
        k.put("consent", List.of("Consent", "DataDestruction"));
        k.put("import", List.of("ImportRun"));
        k.put("account", List.of("UserAccount"));
        k.put("document", List.of("SchoolDocument", "NewsItem", "NormativeAct", "DocumentFile", "PairOrder"));
        k.put("view", List.of());
        return java.util.Collections.unmodifiableMap(k);
    }

    static final Set<String> READS = Set.of("VIEW", "EXPORT");

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    /** A row as stored. */
    record Raw(Instant at, String username, String action, String entity, String entityId, Long schoolId,
            String details, int persons) {}

    /** A row as shown. */
    record Shown(String at, String who, String kind, String object, String school, String fields) {}

    private static final Pattern FIRST_NUMBER = Pattern.compile("(\\d{1,18})");
    private static final Pattern SECOND_NUMBER = Pattern.compile("\\d{1,18}\\D+(\\d{1,9})");

    private final JdbcTemplate jdbc;
    private final MessageSource messages;

    AuditDescriptions(JdbcTemplate jdbc, MessageSource messages) {
        this.jdbc = jdbc;
        this.messages = messages;
    }

    /** The persons (students) named on the page, for the read audit. */
    record Described(List<Shown> rows, Set<Long> studentsNamed) {}

    Described describe(List<Raw> raws, ZoneId zone, Locale locale) {
        Set<String> usernames = new HashSet<>();
        Set<Long> schoolIds = new HashSet<>();
        Map<String, Set<Long>> idsByEntity = new HashMap<>();
        for (Raw r : raws) {
            usernames.add(r.username());
            if (r.schoolId() != null) {
                schoolIds.add(r.schoolId());
            }
            Long id = firstNumber(r.entityId());
            if (id != null) {
                idsByEntity.computeIfAbsent(r.entity(), e -> new HashSet<>()).add(id);
            }
        }
        Map<String, String> fullNames = new HashMap<>();
        jdbc.query("select username, full_name from accounts_user_v where username = any(?)",
                rs -> { fullNames.put(rs.getString(1), rs.getString(2)); }, (Object) usernames.toArray(String[]::new));
        Map<Long, String> schools = byId("select id, short_name from schools_school_v where id = any(?)", schoolIds);
        // the person behind a row: the person itself, a profile, a class, a consent, a destruction record
        Map<String, Map<Long, Long>> personOf = new HashMap<>();
        Set<Long> personIds = new HashSet<>();
        for (String e : List.of("Person", "MenteeProfile", "MentorProfile", "StudentClass")) {
            Map<Long, Long> same = new HashMap<>();
            for (Long id : idsByEntity.getOrDefault(e, Set.of())) {
                same.put(id, id);
            }
            personOf.put(e, same);
            personIds.addAll(same.values());
        }
        personOf.put("Consent", longs("select id, person_id from people_consent_v where id = any(?)",
                idsByEntity.get("Consent")));
        personOf.put("DataDestruction", longs(
                "select id, person_id from people_data_destruction_v where id = any(?)",
                idsByEntity.get("DataDestruction")));
        personOf.values().forEach(m -> personIds.addAll(m.values()));
        Map<Long, String> pairs = new HashMap<>();
        Set<Long> students = new HashSet<>();
        Set<Long> pairIds = idsByEntity.getOrDefault("MentoringPair", Set.of());
        if (!pairIds.isEmpty()) {
            jdbc.query("select p.id, p.mentor_id, array(select m.person_id from pairing_pair_mentee_v m"
                    + " where m.pair_id = p.id order by m.person_id) from pairing_pair_v p where p.id = any(?)", rs -> {
                        Long[] mentees = (Long[]) rs.getArray(3).getArray();
                        List<Long> all = new ArrayList<>();
                        all.add(rs.getLong(2));
                        all.addAll(List.of(mentees));
                        personIds.addAll(all);
                        pairs.put(rs.getLong(1), all.stream().map(String::valueOf).reduce((a, b) -> a + "," + b)
                                .orElse(""));
                    }, (Object) pairIds.toArray(Long[]::new));
        }
        Map<Long, String> personNames = new HashMap<>();
        if (!personIds.isEmpty()) {
            jdbc.query("select id, last_name, first_name, middle_name, kind from people_person_v"
                    + " where id = any(?)", rs -> {
                personNames.put(rs.getLong(1), shortName(rs.getString(2), rs.getString(3), rs.getString(4)));
                if ("STUDENT".equals(rs.getString(5))) {
                    students.add(rs.getLong(1));
                }
            }, (Object) personIds.toArray(Long[]::new));
        }
        Map<Long, String> curators = byId("select a.id, u.full_name from schools_curator_appointment_v a"
                + " join accounts_user_v u on u.id = a.user_id where a.id = any(?)", idsByEntity.get("CuratorAppointment"));
        Map<Long, String> accounts = byId("select id, full_name from accounts_user_v where id = any(?)",
                idsByEntity.get("UserAccount"));
        Map<Long, String> campaigns = byId("select id, title from campaigns_campaign_v where id = any(?)",
                idsByEntity.get("Campaign"));
        Map<Long, String> campaignOfSchool = byId("select s.id, c.title from campaigns_campaign_school_v s"
                + " join campaigns_campaign_v c on c.id = s.campaign_id where s.id = any(?)", idsByEntity.get("CampaignSchool"));
        Map<Long, String> reportYears = byId("select id, academic_year::text from reports_report_v where id = any(?)",
                idsByEntity.get("SchoolReport"));
        Map<Long, String> approvalKinds = byId("select id, subject_kind from approval_transition_v where id = any(?)",
                idsByEntity.get("ApprovalTransition"));
        Map<Long, String> targetYears = byId("select id, year::text from monitoring_target_v where id = any(?)",
                idsByEntity.get("CoverageTarget"));
        Map<Long, String> municipalities = byId("select id, name from schools_municipality_v where id = any(?)",
                idsByEntity.get("Municipality"));
        Map<String, Map<Long, String>> titles = new HashMap<>();
        titles.put("SchoolDocument", byId("select id, title from documents_document_v where id = any(?)",
                idsByEntity.get("SchoolDocument")));
        titles.put("NewsItem", byId("select id, title from documents_news_v where id = any(?)",
                idsByEntity.get("NewsItem")));
        titles.put("NormativeAct", byId("select id, title from documents_act_v where id = any(?)",
                idsByEntity.get("NormativeAct")));

        List<Shown> shown = new ArrayList<>(raws.size());
        for (Raw r : raws) {
            Long id = firstNumber(r.entityId());
            String school = r.schoolId() == null ? null : schools.get(r.schoolId());
            String object = switch (r.entity()) {
                case "School" -> school;
                case "ApprovalTransition" -> school == null || id == null ? null
                        : "REPORT".equals(approvalKinds.get(id)) ? msg(locale, "audit.object.reportNoYear", school)
                        : msg(locale, "audit.object.roadmap", school, academicYear(r.at(), zone));
                case "Roadmap", "RoadmapMeasure", "RoadmapRevision" ->
                        school == null ? null : msg(locale, "audit.object.roadmap", school, academicYear(r.at(), zone));
                case "SchoolReport" -> school == null ? null : id != null && reportYears.containsKey(id)
                        ? msg(locale, "audit.object.report", school, yearSpan(Integer.parseInt(reportYears.get(id))))
                        : msg(locale, "audit.object.reportNoYear", school);
                case "MentoringPair" -> pairName(pairs.get(id), personNames, locale);
                case "Person", "MenteeProfile", "MentorProfile", "StudentClass", "Consent", "DataDestruction" -> {
                    Long person = id == null ? null : personOf.getOrDefault(r.entity(), Map.of()).get(id);
                    yield person == null ? null : personNames.get(person);
                }
                case "CuratorAppointment" -> id == null || curators.get(id) == null ? null
                        : msg(locale, "audit.object.curator", curators.get(id));
                case "UserAccount" -> id == null || accounts.get(id) == null ? null
                        : msg(locale, "audit.object.account", accounts.get(id));
                case "Campaign" -> id == null || campaigns.get(id) == null ? null
                        : msg(locale, "audit.object.campaign", campaigns.get(id));
                case "CampaignSchool" -> id == null || campaignOfSchool.get(id) == null ? null
                        : msg(locale, "audit.object.campaign", campaignOfSchool.get(id));
                case "CoverageTarget" -> id == null || targetYears.get(id) == null ? null
                        : msg(locale, "audit.object.target", targetYears.get(id));
                case "StudentCount" -> {
                    Integer year = secondNumber(r.entityId());
                    yield school == null || year == null ? null
                            : msg(locale, "audit.object.studentCount", school, String.valueOf(year));
                }
                case "Municipality" -> id == null ? null : municipalities.get(id);
                case "SchoolDocument", "NewsItem", "NormativeAct" -> id == null || titles.get(r.entity()).get(id) == null
                        ? null : msg(locale, "audit.object." + r.entity(), titles.get(r.entity()).get(id));
                default -> null;
            };
            if (object == null) {
                // what it was, without naming it (removed since, or a list or page of a school)
                object = msg(locale, "audit.entity." + known(r.entity()));
            }
            String who = fullNames.getOrDefault(r.username(),
                    "система".equals(r.username()) ? msg(locale, "audit.system") : r.username());
            shown.add(new Shown(TIME.format(ZonedDateTime.ofInstant(r.at(), zone)), who, kindLabel(r, locale), object,
                    school == null ? "—" : school, fields(r, locale)));
        }
        students.retainAll(namedOnPage(raws, personOf, pairs));
        return new Described(shown, students);
    }

    private static Set<Long> namedOnPage(List<Raw> raws, Map<String, Map<Long, Long>> personOf,
            Map<Long, String> pairs) {
        Set<Long> named = new HashSet<>();
        personOf.values().forEach(m -> named.addAll(m.values()));
        for (String p : pairs.values()) {
            for (String s : p.split(",")) {
                if (!s.isEmpty()) {
                    named.add(Long.valueOf(s));
                }
            }
        }
        return named;
    }

    private String pairName(String members, Map<Long, String> personNames, Locale locale) {
        if (members == null || members.isEmpty()) {
            return null;
        }
        String[] ids = members.split(",");
        String mentor = personNames.getOrDefault(Long.valueOf(ids[0]), "—");
        List<String> mentees = new ArrayList<>();
        for (int i = 1; i < ids.length; i++) {
            mentees.add(personNames.getOrDefault(Long.valueOf(ids[i]), "—"));
        }
        return msg(locale, "audit.object.pair", mentor, String.join(", ", mentees));
    }

    /** The kinds of entity the messages name; anything else is «запись». */
    static final Set<String> NAMED = named();

    private static Set<String> named() {
        Set<String> s = new HashSet<>();
        KINDS.values().forEach(s::addAll);
        s.addAll(List.of("PairList", "PairForm", "Pair", "PairOrderForm", "Home", "AuditList", "PeopleList", "MentorBase",
                "MenteeBase", "Notification"));
        return Set.copyOf(s);
    }

    private static String known(String entity) {
        return NAMED.contains(entity) ? entity : "other";
    }

    /**
     * «Утверждение дорожной карты»: a key for the entity, the action and a new enum value
     * ({@code audit.kind.Roadmap.UPDATE.status.APPROVED}), else for the entity and the action, else «Изменение: …».
     */
    String kindLabel(Raw r, Locale locale) {
        if (r.details() != null) {
            Matcher m = VALUE.matcher(r.details());
            while (m.find()) {
                String specific = messages.getMessage("audit.kind." + r.entity() + "." + r.action() + "." + m.group(1)
                        + "." + m.group(2), null, null, locale);
                if (specific != null) {
                    return specific;
                }
            }
        }
        String exact = messages.getMessage("audit.kind." + r.entity() + "." + r.action(), null, null, locale);
        if (exact != null) {
            return exact;
        }
        String action = messages.getMessage("audit.kind." + r.action(), null, null, locale);
        return msg(locale, "audit.kind.generic", action == null ? r.action() : action,
                msg(locale, "audit.entity." + known(r.entity())));
    }

    private static final Pattern VALUE = Pattern.compile("(?:^|, )([A-Za-z]+)=([A-Z_]+)");

    /** The changed fields by their names in the messages; bookkeeping fields (version, times of change) left out. */
    String fields(Raw r, Locale locale) {
        if ("CREATE".equals(r.action()) || "DELETE".equals(r.action())) {
            return "";
        }
        if (READS.contains(r.action())) {
            return r.persons() > 0 ? msg(locale, "audit.persons", r.persons()) : "";
        }
        if (r.details() == null || r.details().isBlank()) {
            return "";
        }
        List<String> names = new ArrayList<>();
        for (String part : r.details().split(",\\s*")) {
            String field = part.contains("=") ? part.substring(0, part.indexOf('=')) : part;
            if (!field.matches("[A-Za-z]+") || HIDDEN.contains(field)) {
                continue;
            }
            String label = messages.getMessage("audit.field." + field, null, null, locale);
            String shownName = label == null ? msg(locale, "audit.field.other") : label;
            if (!names.contains(shownName)) {
                names.add(shownName);
            }
        }
        return String.join(", ", names);
    }

    static final Set<String> HIDDEN = Set.of("version", "updatedAt", "statusChangedAt", "createToken", "sortKey");

    private String msg(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    private Map<Long, String> byId(String sql, Set<Long> ids) {
        Map<Long, String> out = new HashMap<>();
        if (ids == null || ids.isEmpty()) {
            return out;
        }
        jdbc.query(sql, rs -> { out.put(rs.getLong(1), rs.getString(2)); }, (Object) ids.toArray(Long[]::new));
        return out;
    }

    private Map<Long, Long> longs(String sql, Set<Long> ids) {
        Map<Long, Long> out = new HashMap<>();
        if (ids == null || ids.isEmpty()) {
            return out;
        }
        jdbc.query(sql, rs -> { out.put(rs.getLong(1), rs.getLong(2)); }, (Object) ids.toArray(Long[]::new));
        return out;
    }

    static Long firstNumber(String entityId) {
        if (entityId == null) {
            return null;
        }
        Matcher m = FIRST_NUMBER.matcher(entityId);
        return m.find() ? Long.valueOf(m.group(1)) : null;
    }

    static Integer secondNumber(String entityId) {
        if (entityId == null) {
            return null;
        }
        Matcher m = SECOND_NUMBER.matcher(entityId);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    /** «Иванов И. И.» */
    static String shortName(String last, String first, String middle) {
        StringBuilder s = new StringBuilder(last == null ? "" : last);
        if (first != null && first.matches(".*[\\d№].*")) {
            // a pseudonym («Обезличено» «№ 42») is shown whole, not cut to an initial
            return s.append(' ').append(first.strip()).toString();
        }
        if (first != null && !first.isBlank()) {
            s.append(' ').append(first.strip().charAt(0)).append('.');
        }
        if (middle != null && !middle.isBlank()) {
            s.append(' ').append(middle.strip().charAt(0)).append('.');
        }
        return s.toString();
    }

    /** The academic year an event falls in, «2026/27». */
    static String academicYear(Instant at, ZoneId zone) {
        ZonedDateTime t = ZonedDateTime.ofInstant(at, zone);
        return yearSpan(t.getMonthValue() >= 9 ? t.getYear() : t.getYear() - 1);
    }

    static String yearSpan(int year) {
        return year + "/" + String.format("%02d", (year + 1) % 100);
    }
}
