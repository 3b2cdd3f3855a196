package ru.edu.mentoring.regions;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.edu.mentoring.approval.ApprovalStatus;
import ru.edu.mentoring.documents.DocumentKind;
import ru.edu.mentoring.documents.Documents;
import ru.edu.mentoring.monitoring.Coverage;
import ru.edu.mentoring.roadmaps.Roadmaps;
import ru.edu.mentoring.schools.SchoolSummary;
import ru.edu.mentoring.schools.Schools;
import ru.edu.mentoring.shared.StaleVersionException;

/**
 * The region's school checklist (issue 22 point 2, the Красноярский край form): each item filled from what the portal
 * knows where it can (documents in the register by kind, the approved roadmap, the curator's order, the bases, the
 * pairs by order) and answered by the school's curator otherwise. Completeness = items answered «yes» (a number
 * above 0) ÷ items; for a municipality or the region the sums of both, never an average of the schools' shares.
 */
@Service
class Checklists {

    /** One item of a school: {@code yes} null when not answered yet; {@code count} for a number item. */
    record ItemValue(String code, boolean number, boolean auto, Boolean yes, Long count, String evidence,
            Long version) {

        public boolean fulfilled() {
            return number ? count != null && count > 0 : Boolean.TRUE.equals(yes);
        }
    }

    record SchoolChecklist(SchoolSummary school, List<ItemValue> items) {
        public long fulfilled() {
            return items.stream().filter(ItemValue::fulfilled).count();
        }

        public BigDecimal completeness() {
            return Coverage.share(fulfilled(), items.size());
        }

        public String completenessText() {
            return Coverage.format(completeness());
        }
    }

    /** Summed over schools: items fulfilled and items in all. */
    record Completeness(long id, String name, int schools, long fulfilled, long items) {
        public BigDecimal percent() {
            return Coverage.share(fulfilled, items);
        }

        public String percentText() {
            return Coverage.format(percent());
        }
    }

    private final ChecklistItemRepository items;
    private final ChecklistAnswerRepository answers;
    private final RegionalQueries queries;
    private final Schools schools;
    private final Documents documents;
    private final Roadmaps roadmaps;
    private final Clock clock;

    Checklists(ChecklistItemRepository items, ChecklistAnswerRepository answers, RegionalQueries queries,
            Schools schools, Documents documents, Roadmaps roadmaps, Clock clock) {
        this.items = items;
        this.answers = answers;
        this.queries = queries;
        this.schools = schools;
        this.documents = documents;
        this.roadmaps = roadmaps;
        this.clock = clock;
    }

    /** The schools of the municipalities: two statements whatever their number (not one per municipality). */
    @Transactional(readOnly = true)
    List<SchoolSummary> schoolsOf(Collection<Long> municipalityIds) {
        List<Long> ids = queries.schools(municipalityIds).stream().map(RegionalQueries.SchoolRow::id).toList();
        return ids.isEmpty() ? List.of() : schools.summariesOf(ids);
    }

    /** The checklists of the given schools (of the given municipalities): a fixed number of statements. */
    @Transactional(readOnly = true)
    List<SchoolChecklist> of(Collection<Long> municipalityIds, List<SchoolSummary> list) {
        if (list.isEmpty()) {
            return List.of();
        }
        List<Long> ids = list.stream().map(SchoolSummary::id).toList();
        List<ChecklistItem> all = items.findAllByOrderByPosition();
        Map<Long, Set<DocumentKind>> kinds = documents.kindsBySchool(ids);
        Map<Long, ApprovalStatus> roadmapStatus = roadmaps.statusesOf(ids);
        Map<Long, Map<String, Long>> facts = new HashMap<>();
        queries.checklistFacts(municipalityIds).forEach(f -> facts.computeIfAbsent(f.schoolId(), k -> new HashMap<>())
                .put(f.kind(), f.n()));
        Map<Long, Map<String, ChecklistAnswer>> given = new HashMap<>();
        answers.findBySchoolIdIn(ids).forEach(a -> given.computeIfAbsent(a.getSchoolId(), k -> new HashMap<>())
                .put(a.getItemCode(), a));
        List<SchoolChecklist> result = new ArrayList<>();
        for (SchoolSummary s : list) {
            Set<DocumentKind> k = kinds.getOrDefault(s.id(), Set.of());
            Map<String, Long> f = facts.getOrDefault(s.id(), Map.of());
            Map<String, ChecklistAnswer> a = given.getOrDefault(s.id(), Map.of());
            List<ItemValue> values = new ArrayList<>();
            for (ChecklistItem item : all) {
                values.add(value(item, s, k, roadmapStatus.get(s.id()), f, a.get(item.getCode())));
            }
            result.add(new SchoolChecklist(s, values));
        }
        return result;
    }

    private static ItemValue value(ChecklistItem item, SchoolSummary s, Set<DocumentKind> kinds,
            ApprovalStatus roadmap, Map<String, Long> facts, ChecklistAnswer answer) {
        String code = item.getCode();
        return switch (item.getSource()) {
            case ANSWER -> new ItemValue(code, false, false, answer == null ? null : answer.isAnswer(), null,
                    answer == null ? null : answer.getEvidence(), answer == null ? null : answer.getVersion());
            case AUTO_DOC_ORDER -> auto(code, kinds.contains(DocumentKind.ORDER_STUDENTS)
                    || kinds.contains(DocumentKind.ORDER_TEACHERS));
            case AUTO_DOC_REGULATION -> auto(code, kinds.contains(DocumentKind.REGULATION_STUDENTS)
                    || kinds.contains(DocumentKind.REGULATION_TEACHERS));
            case AUTO_DOC_PROGRAMME -> auto(code, kinds.contains(DocumentKind.PROGRAMME_STUDENTS)
                    || kinds.contains(DocumentKind.PROGRAMME_TEACHERS));
            case AUTO_ROADMAP -> auto(code, roadmap == ApprovalStatus.APPROVED);
            case AUTO_CURATOR -> auto(code, s.hasCurator() && s.curatorOrderNumber() != null);
            case AUTO_BASES -> auto(code, facts.getOrDefault("MENTORS", 0L) > 0
                    && facts.getOrDefault("MENTEES", 0L) > 0);
            case AUTO_PAIR_ORDERS -> auto(code, facts.getOrDefault("ORDERED", 0L) > 0
                    || kinds.contains(DocumentKind.PAIRS_ORDER));
            case AUTO_PAIRS_COUNT -> new ItemValue(code, true, true, null, facts.getOrDefault("ORDERED_ACTIVE", 0L),
                    null, null);
        };
    }

    private static ItemValue auto(String code, boolean yes) {
        return new ItemValue(code, false, true, yes, null, null, null);
    }

    /** Summed per municipality (in the order given), from the schools' checklists. */
    static List<Completeness> byMunicipality(List<ru.edu.mentoring.schools.MunicipalitySummary> municipalities,
            List<SchoolChecklist> lists) {
        Map<Long, long[]> sums = new HashMap<>();
        for (SchoolChecklist c : lists) {
            long[] s = sums.computeIfAbsent(c.school().municipalityId(), k -> new long[3]);
            s[0]++;
            s[1] += c.fulfilled();
            s[2] += c.items().size();
        }
        return municipalities.stream().map(m -> {
            long[] s = sums.getOrDefault(m.id(), new long[3]);
            return new Completeness(m.id(), m.name(), (int) s[0], s[1], s[2]);
        }).toList();
    }

    static Completeness total(List<Completeness> lines, String name) {
        return new Completeness(0, name, lines.stream().mapToInt(Completeness::schools).sum(),
                lines.stream().mapToLong(Completeness::fulfilled).sum(),
                lines.stream().mapToLong(Completeness::items).sum());
    }

    /** Whether the item is one the school answers (not filled by the portal). */
    @Transactional(readOnly = true)
    boolean answerable(String code) {
        return items.findById(code).map(i -> i.getSource() == ChecklistItem.Source.ANSWER).orElse(false);
    }

    /**
     * The curator's answer to an item: {@code version} null for a first answer (stale when one exists), else the
     * answer's version.
     */
    @Transactional
    void answer(long schoolId, String code, boolean yes, String evidence, Long version, Long userId) {
        ChecklistAnswer a = answers.findBySchoolIdAndItemCode(schoolId, code).orElse(null);
        if (a == null) {
            if (version != null) {
                throw new StaleVersionException();
            }
            a = new ChecklistAnswer(schoolId, code);
            a.answer(yes, evidence, userId, clock.instant());
            answers.save(a);
            return;
        }
        if (version == null || a.getVersion() != version) {
            throw new StaleVersionException(a.getVersion());
        }
        a.answer(yes, evidence, userId, clock.instant());
    }
}
