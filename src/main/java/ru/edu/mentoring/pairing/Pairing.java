package ru.edu.mentoring.pairing;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.edu.mentoring.people.FormCatalog;
import ru.edu.mentoring.people.Participant;
import ru.edu.mentoring.people.ParticipationSource;
import ru.edu.mentoring.people.People;
import ru.edu.mentoring.schools.Schools;

/** The pairing module's read API: what is missing at a school, the forms, and each person's participations. */
@Service
public class Pairing implements ParticipationSource, FormCatalog {

    private final PairRepository pairs;
    private final MentoringFormRepository forms;
    private final People people;
    private final Schools schools;

    Pairing(PairRepository pairs, MentoringFormRepository forms, People people, Schools schools) {
        this.pairs = pairs;
        this.forms = forms;
        this.people = people;
        this.schools = schools;
    }

    /** What a curator should see on the home page: gaps in the school's mentoring. */
    public record Gaps(long menteesWithoutMentor, long untrainedMentors, long activeWithoutOrder, long activePastEnd,
            long drafts, long active, List<Participant> waiting) {}

    @Transactional(readOnly = true)
    public Gaps gaps(long schoolId) {
        LocalDate today = people.today();
        List<Participant> waiting = menteesWithoutMentor(schoolId);
        People.BaseCounts counts = people.baseCounts(schoolId);
        return new Gaps(waiting.size(), counts.mentors() - counts.trainedMentors(),
                pairs.countActiveWithoutOrder(schoolId), pairs.countActivePastEnd(schoolId, today),
                pairs.countByStatus(schoolId, PairStatus.DRAFT), pairs.countByStatus(schoolId, PairStatus.ACTIVE),
                waiting);
    }

    @Override
    @Transactional(readOnly = true)
    public Set<Long> activeMentees(long schoolId) {
        return new HashSet<>(pairs.activeMentees(schoolId));
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, Long> mentorLoads(java.util.Collection<Long> mentorPersonIds) {
        if (mentorPersonIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Long> loads = new java.util.HashMap<>();
        for (Object[] row : pairs.mentorLoads(mentorPersonIds)) {
            loads.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
        }
        return loads;
    }

    /** Mentees of the school's base who are in no active pair. */
    @Transactional(readOnly = true)
    public List<Participant> menteesWithoutMentor(long schoolId) {
        return people.menteeBaseExcept(schoolId, new HashSet<>(pairs.activeMentees(schoolId)), people.today());
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, String> formNames() {
        Map<Long, String> names = new LinkedHashMap<>();
        forms.findByActiveTrueOrderBySortOrderAscIdAsc().forEach(f -> names.put(f.getId(), f.getName()));
        return names;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Participation> participations(long personId) {
        List<MentoringPair> list = pairs.involving(personId).stream()
                .toList();
        if (list.isEmpty()) {
            return List.of();
        }
        Map<Long, String> formNames = forms.findAll().stream()
                .collect(Collectors.toMap(MentoringForm::getId, MentoringForm::getName));
        Set<Long> others = new HashSet<>();
        list.forEach(p -> {
            others.add(p.getMentorId());
            others.addAll(p.getMenteeIds());
        });
        Map<Long, Participant> names = people.participants(others, people.today());
        Map<Long, String> schoolNames = new LinkedHashMap<>();
        return list.stream().map(p -> {
            boolean mentor = p.getMentorId() == personId;
            String partners = mentor
                    ? p.getMenteeIds().stream().map(id -> shortName(names, id)).collect(Collectors.joining(", "))
                    : shortName(names, p.getMentorId());
            String schoolName = schoolNames.computeIfAbsent(p.getSchoolId(),
                    id -> schools.shortNameOf(id).orElse(""));
            return new Participation(p.getId(), p.getSchoolId(), schoolName, formNames.get(p.getFormId()),
                    mentor ? "MENTOR" : "MENTEE", p.getStatus().name(), p.getStartDate(),
                    p.getEndDate() != null ? p.getEndDate() : p.getPlannedEnd(), partners, p.getGoal(), p.getResult(),
                    p.getTerminationReason());
        }).toList();
    }

    private static String shortName(Map<Long, Participant> names, long id) {
        Participant p = names.get(id);
        return p == null ? "—" : p.shortName();
    }

    /** The school of a pair, for scope checks of other modules. */
    @Transactional(readOnly = true)
    public java.util.Optional<Long> schoolOfPair(long pairId) {
        return pairs.findById(pairId).map(MentoringPair::getSchoolId);
    }

    /**
     * A pair or group as the order on fixing pairs lists it; {@code menteeIds} in the order of {@code menteeNames}
     * (by name), {@code plannedEnd} null when none is planned.
     */
    public record PairLine(long id, String formName, long mentorId, String mentorName, List<Long> menteeIds,
            List<String> menteeNames, LocalDate startDate, LocalDate plannedEnd) {}

    private static PairLine line(MentoringPair p, Map<Long, String> formNames, Map<Long, Participant> names) {
        List<Long> mentees = p.getMenteeIds().stream()
                .sorted(java.util.Comparator.comparing((Long id) -> fullName(names, id)).thenComparing(id -> id))
                .toList();
        return new PairLine(p.getId(), formNames.get(p.getFormId()), p.getMentorId(),
                fullName(names, p.getMentorId()), mentees, mentees.stream().map(id -> fullName(names, id)).toList(),
                p.getStartDate(), p.getPlannedEnd());
    }

    /** The school's active pairs and groups without an order, by start date; names in full for the order's text. */
    @Transactional(readOnly = true)
    public List<PairLine> activePairsWithoutOrder(long schoolId) {
        LocalDate today = people.today();
        List<MentoringPair> list = pairs.search(schoolId, null, PairStatus.ACTIVE, null, true, List.of(-1L), true,
                false, today, org.springframework.data.domain.Pageable.unpaged()).getContent();
        Set<Long> ids = new HashSet<>();
        list.forEach(p -> {
            ids.add(p.getMentorId());
            ids.addAll(p.getMenteeIds());
        });
        Map<Long, Participant> names = people.participants(ids, today);
        Map<Long, String> formNames = forms.findAll().stream()
                .collect(Collectors.toMap(MentoringForm::getId, MentoringForm::getName));
        return list.stream()
                .sorted(java.util.Comparator.comparing(MentoringPair::getStartDate).thenComparing(MentoringPair::getId))
                .map(p -> line(p, formNames, names))
                .toList();
    }

    /** The pairs and groups a person took part in (any status), for the modules that hold something about them. */
    @Transactional(readOnly = true)
    public List<Long> pairIdsOf(long personId) {
        return pairs.involving(personId).stream().map(MentoringPair::getId).toList();
    }

    /** An order's lines as they read today (an anonymised person under their pseudonym), for re-issuing the order. */
    public record OrderLines(String number, LocalDate date, List<PairLine> lines) {}

    /** These pairs (of any status) as an order on fixing them lists them, by start date; empty when none is left. */
    @Transactional(readOnly = true)
    public java.util.Optional<OrderLines> orderLines(java.util.Collection<Long> pairIds) {
        List<MentoringPair> list = pairs.findAllById(pairIds);
        if (list.isEmpty()) {
            return java.util.Optional.empty();
        }
        Set<Long> ids = new HashSet<>();
        list.forEach(p -> {
            ids.add(p.getMentorId());
            ids.addAll(p.getMenteeIds());
        });
        Map<Long, Participant> names = people.participants(ids, people.today());
        Map<Long, String> formNames = forms.findAll().stream()
                .collect(Collectors.toMap(MentoringForm::getId, MentoringForm::getName));
        List<MentoringPair> sorted = list.stream()
                .sorted(java.util.Comparator.comparing(MentoringPair::getStartDate).thenComparing(MentoringPair::getId))
                .toList();
        MentoringPair first = sorted.stream().filter(p -> p.getOrderNumber() != null).findFirst().orElse(sorted.get(0));
        return java.util.Optional.of(new OrderLines(first.getOrderNumber(), first.getOrderDate(), sorted.stream()
                .map(p -> line(p, formNames, names))
                .toList()));
    }

    /** The minors among the mentors and mentees of these pairs, for auditing a read that shows them. */
    @Transactional(readOnly = true)
    public Set<Long> minorParticipants(java.util.Collection<Long> pairIds) {
        Set<Long> ids = new HashSet<>();
        pairs.findAllById(pairIds).forEach(p -> {
            ids.add(p.getMentorId());
            ids.addAll(p.getMenteeIds());
        });
        return people.participants(ids, people.today()).values().stream().filter(Participant::minor)
                .map(Participant::id).collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    private static String fullName(Map<Long, Participant> names, long id) {
        Participant p = names.get(id);
        return p == null ? "—" : p.fullName();
    }
}
