package ru.edu.mentoring.pairing;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface MentoringFormRepository extends JpaRepository<MentoringForm, Long> {

    List<MentoringForm> findAllByOrderBySortOrderAscIdAsc();

    List<MentoringForm> findByActiveTrueOrderBySortOrderAscIdAsc();

    Optional<MentoringForm> findByCode(String code);

    boolean existsByCode(String code);

    /**
     * In one statement: the form and the given variation's id when it is an active variation of that form (else
     * null). No row when the form does not exist.
     */
    @Query("select f, (select v.id from FormVariation v where v.id = :variation and v.formId = f.id"
            + " and v.active = true) from MentoringForm f where f.id = :form")
    List<Object[]> formWithVariation(@Param("form") long formId, @Param("variation") long variationId);

    /**
     * Whether the form is active and, unless {@code noVariation}, the variation an active one of it: the
     * registration's check against the database (the rules themselves come from the cached forms).
     */
    @Query("select count(f) > 0 from MentoringForm f where f.id = :form and f.active = true and (:noVariation = true"
            + " or exists (select 1 from FormVariation v where v.id = :variation and v.formId = f.id"
            + " and v.active = true))")
    boolean openForNewPairs(@Param("form") long formId, @Param("variation") long variationId,
            @Param("noVariation") boolean noVariation);
}

interface FormVariationRepository extends JpaRepository<FormVariation, Long> {

    List<FormVariation> findByFormIdOrderBySortOrderAscIdAsc(long formId);

    List<FormVariation> findByActiveTrueOrderByFormIdAscSortOrderAscIdAsc();
}

interface PairRepository extends JpaRepository<MentoringPair, Long> {

    String FILTER = " from MentoringPair p where p.schoolId = :school"
            + " and (:form is null or p.formId = :form)"
            + " and (:status is null or p.status = :status)"
            + " and (:mentor is null or p.mentorId = :mentor)"
            + " and (:noPeople = true or p.mentorId in :people"
            + "      or exists (select 1 from MentoringPair q join q.menteeIds m where q.id = p.id and m in :people))"
            + " and (:withoutOrder = false or (p.orderNumber is null and p.status = ru.edu.mentoring.pairing.PairStatus.ACTIVE))"
            + " and (:overdue = false or (p.status = ru.edu.mentoring.pairing.PairStatus.ACTIVE and p.plannedEnd < :today))";

    @Query(value = "select p" + FILTER, countQuery = "select count(p)" + FILTER)
    Page<MentoringPair> search(@Param("school") long schoolId, @Param("form") Long formId,
            @Param("status") PairStatus status, @Param("mentor") Long mentorId, @Param("noPeople") boolean noPeople,
            @Param("people") Collection<Long> people, @Param("withoutOrder") boolean withoutOrder,
            @Param("overdue") boolean overdue, @Param("today") LocalDate today, Pageable pageable);

    Optional<MentoringPair> findByCreateToken(UUID token);

    @Query("select count(m) from MentoringPair p join p.menteeIds m where p.mentorId = :mentor"
            + " and p.status = ru.edu.mentoring.pairing.PairStatus.ACTIVE and p.id <> :exclude")
    long mentorLoad(@Param("mentor") long mentorId, @Param("exclude") long excludePairId);

    /** Per mentor (person id), the mentees in the mentor's active pairs and groups, every school counted. */
    @Query("select p.mentorId, count(m) from MentoringPair p join p.menteeIds m where p.mentorId in :mentors"
            + " and p.status = ru.edu.mentoring.pairing.PairStatus.ACTIVE group by p.mentorId")
    List<Object[]> mentorLoads(@Param("mentors") Collection<Long> mentorIds);

    @Query("select m from MentoringPair p join p.menteeIds m where p.formId = :form and m in :mentees"
            + " and p.status = ru.edu.mentoring.pairing.PairStatus.ACTIVE and p.id <> :exclude")
    List<Long> busyMentees(@Param("form") long formId, @Param("mentees") Collection<Long> menteeIds,
            @Param("exclude") long excludePairId);

    /**
     * The pairs and groups the person is in, as mentor or mentee, newest first. Two indexed lookups (the mentor's
     * pairs, the mentee's rows) united: an «or» across the pair and its mentees made PostgreSQL scan every pair and
     * mentee row of the region (3.9 s on the benchmark's 1.2 million pairs, issue 19's person page).
     */
    default List<MentoringPair> involving(long personId) {
        java.util.Map<Long, MentoringPair> all = new java.util.LinkedHashMap<>();
        for (MentoringPair p : mentoredBy(personId)) {
            all.put(p.getId(), p);
        }
        for (MentoringPair p : withMentee(personId)) {
            all.putIfAbsent(p.getId(), p);
        }
        return all.values().stream().sorted(java.util.Comparator.comparing(MentoringPair::getStartDate,
                java.util.Comparator.nullsLast(java.util.Comparator.reverseOrder()))).toList();
    }

    @Query("select p from MentoringPair p where p.mentorId = :person")
    List<MentoringPair> mentoredBy(@Param("person") long personId);

    @Query("select p from MentoringPair p where p.id in"
            + " (select q.id from MentoringPair q join q.menteeIds m where m = :person)")
    List<MentoringPair> withMentee(@Param("person") long personId);

    @Query("select count(p) from MentoringPair p where p.schoolId = :school and p.status = :status")
    long countByStatus(@Param("school") long schoolId, @Param("status") PairStatus status);

    @Query("select count(p) from MentoringPair p where p.schoolId = :school"
            + " and p.status = ru.edu.mentoring.pairing.PairStatus.ACTIVE and p.orderNumber is null")
    long countActiveWithoutOrder(@Param("school") long schoolId);

    @Query("select count(p) from MentoringPair p where p.schoolId = :school"
            + " and p.status = ru.edu.mentoring.pairing.PairStatus.ACTIVE and p.plannedEnd < :today")
    long countActivePastEnd(@Param("school") long schoolId, @Param("today") LocalDate today);

    /** Persons of the school in a non-draft pair (as mentor or mentee) that is still active. */
    @Query("select m from MentoringPair p join p.menteeIds m where p.schoolId = :school"
            + " and p.status = ru.edu.mentoring.pairing.PairStatus.ACTIVE")
    List<Long> activeMentees(@Param("school") long schoolId);

    /**
     * Per school of the list, in one statement, for a period [from, asOf]: the first pair registered in it (its
     * start), the first non-draft pair started in it, the non-draft pairs running in it, and those running on asOf
     * (rows of school id and the four values; no row for a school without pairs).
     */
    @Query("select p.schoolId,"
            + " min(case when p.startDate >= :from and p.startDate <= :asOf then p.startDate end),"
            + " min(case when p.status <> ru.edu.mentoring.pairing.PairStatus.DRAFT and p.startDate >= :from"
            + "  and p.startDate <= :asOf then p.startDate end),"
            + " sum(case when p.status <> ru.edu.mentoring.pairing.PairStatus.DRAFT and p.startDate <= :asOf"
            + "  and (p.endDate is null or p.endDate >= :from) then 1 else 0 end),"
            + " sum(case when p.status <> ru.edu.mentoring.pairing.PairStatus.DRAFT and p.startDate <= :asOf"
            + "  and (p.endDate is null or p.endDate >= :asOf) then 1 else 0 end)"
            + " from MentoringPair p where p.schoolId in :schools group by p.schoolId")
    List<Object[]> yearFactsOf(@Param("schools") java.util.Collection<Long> schoolIds, @Param("from") LocalDate from,
            @Param("asOf") LocalDate asOf);

    @Query("select min(p.startDate) from MentoringPair p where p.schoolId = :school"
            + " and p.status <> ru.edu.mentoring.pairing.PairStatus.DRAFT")
    LocalDate firstPairStart(@Param("school") long schoolId);
}
