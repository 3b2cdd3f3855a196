package ru.edu.mentoring.people;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PersonRepository extends JpaRepository<Person, Long> {

    /** The school's people whose data are processed, or (withdrawn) those whose processing stopped. */
    @Query(value = "select p from Person p where p.schoolId = :school and (:kind is null or p.kind = :kind)"
                    + " and (:q = '' or p.searchName like :q escape '\\')"
                    + " and ((:withdrawn = false and p.processingStoppedOn is null) or (:withdrawn = true and p.processingStoppedOn is not null))",
            countQuery = "select count(p) from Person p where p.schoolId = :school and (:kind is null or p.kind = :kind)"
                    + " and (:q = '' or p.searchName like :q escape '\\')"
                    + " and ((:withdrawn = false and p.processingStoppedOn is null) or (:withdrawn = true and p.processingStoppedOn is not null))")
    Page<Person> search(@Param("school") long schoolId, @Param("kind") PersonKind kind, @Param("q") String likePattern,
            @Param("withdrawn") boolean withdrawn, Pageable pageable);

    List<Person> findByIdIn(Collection<Long> ids);

    Optional<Person> findByCreateToken(java.util.UUID token);

    Optional<Person> findBySchoolIdAndKindAndExternalKey(long schoolId, PersonKind kind, String externalKey);

    List<Person> findBySchoolIdAndKindAndSearchName(long schoolId, PersonKind kind, String searchName);

    long countBySchoolIdAndKind(long schoolId, PersonKind kind);

    /** Records of these schools with the name key and birth date (see {@link Duplicates}). */
    @Query("select p from Person p where p.schoolId in :schools and p.searchName = :key and p.birthDate = :birth"
            + " and p.anonymisedOn is null order by p.id")
    List<Person> namesakes(@Param("schools") Collection<Long> schoolIds, @Param("key") String searchName,
            @Param("birth") java.time.LocalDate birthDate);

    /** Records of these schools with a birth date whose name key is one of these (the import's check). */
    @Query("select p from Person p where p.schoolId in :schools and p.searchName in :keys and p.birthDate is not null"
            + " and p.anonymisedOn is null order by p.id")
    List<Person> namesakes(@Param("schools") Collection<Long> schoolIds, @Param("keys") Collection<String> searchNames);

    /** The school's other records of the same name, or of the same surname and birth date (merge candidates). */
    @Query("select p from Person p where p.schoolId = :school and p.id <> :self and p.anonymisedOn is null"
            + " and (p.searchName = :key or (p.birthDate = :birth and p.searchName like concat(:last, ' %')))"
            + " order by p.searchName, p.id")
    List<Person> mergeCandidates(@Param("school") long schoolId, @Param("self") long self,
            @Param("key") String searchName, @Param("last") String lastNameKey,
            @Param("birth") java.time.LocalDate birthDate);
}

interface StudentClassRepository extends JpaRepository<StudentClass, StudentClass.Key> {

    @Query("select c from StudentClass c where c.key.personId in :ids and c.key.academicYear = :year")
    List<StudentClass> findForYear(@Param("ids") Collection<Long> personIds, @Param("year") int academicYear);

    @Query("select c.key.personId from StudentClass c, Person p where p.id = c.key.personId and p.schoolId = :school"
            + " and c.grade = :grade and c.key.academicYear = :year")
    List<Long> studentsInGrade(@Param("school") long schoolId, @Param("grade") int grade, @Param("year") int year);

    @Query("select c from StudentClass c where c.key.personId = :id order by c.key.academicYear")
    List<StudentClass> history(@Param("id") long personId);
}

interface MentorProfileRepository extends JpaRepository<MentorProfile, Long> {

    List<MentorProfile> findByPersonIdIn(Collection<Long> ids);

    @Query(value = "select m from MentorProfile m, Person p where p.id = m.personId and m.schoolId = :school"
                    + " and m.inBase = true order by p.searchName, p.id",
            countQuery = "select count(m) from MentorProfile m where m.schoolId = :school and m.inBase = true")
    Page<MentorProfile> base(@Param("school") long schoolId, Pageable pageable);

    /** The school's mentor base without the mentors trained today (training module's records, issue 20 point 2). */
    @Query(value = "select m from MentorProfile m, Person p where p.id = m.personId and m.schoolId = :school"
                    + " and m.inBase = true and m.personId not in :trained order by p.searchName, p.id",
            countQuery = "select count(m) from MentorProfile m where m.schoolId = :school and m.inBase = true"
                    + " and m.personId not in :trained")
    Page<MentorProfile> untrained(@Param("school") long schoolId,
            @Param("trained") java.util.Collection<Long> trained, Pageable pageable);

    @org.springframework.data.jpa.repository.Modifying
    @Query("update MentorProfile m set m.includedOn = :on where m.schoolId = :school")
    void setIncludedOn(@Param("school") long schoolId, @Param("on") java.time.LocalDate on);

    @Query("select min(m.includedOn) from MentorProfile m where m.schoolId = :school")
    java.time.LocalDate firstIncluded(@Param("school") long schoolId);

    /**
     * The persons of the school's mentor base trained on a date: derived from the training module's records, which it
     * publishes as {@code training_trained_v} (a course finished by the date, a category «педагог-наставник» given by
     * the date and not expired on it), never ticked by hand.
     */
    @Query(value = "select m.person_id from mentor_profile m where m.school_id = :school and m.in_base"
            + " and exists (select 1 from training_trained_v v where v.person_id = m.person_id"
            + "  and v.valid_from <= :asOf and (v.valid_until is null or v.valid_until > :asOf))", nativeQuery = true)
    List<Long> trainedInBase(@Param("school") long schoolId, @Param("asOf") java.time.LocalDate asOf);

    @Query("select m.personId from MentorProfile m where m.schoolId = :school and m.inBase = true")
    List<Long> idsInBase(@Param("school") long schoolId);

    @Query("select count(m) from MentorProfile m where m.schoolId = :school and m.inBase = true")
    long countInBase(@Param("school") long schoolId);

    /**
     * Per school of the list: the first inclusion in [from, to] and the mentors in the base included on or before
     * {@code to}, for many schools in one statement.
     */
    @Query("select m.schoolId, min(case when m.includedOn >= :from and m.includedOn <= :to then m.includedOn end),"
            + " sum(case when m.inBase = true and m.includedOn <= :to then 1 else 0 end)"
            + " from MentorProfile m where m.schoolId in :schools group by m.schoolId")
    List<Object[]> inclusionsOf(@Param("schools") Collection<Long> schoolIds, @Param("from") java.time.LocalDate from,
            @Param("to") java.time.LocalDate to);

    /**
     * The day since which each mentor in the base as of a date counts as trained on it (see {@link #trainedInBase}),
     * for many schools in one statement: rows of school id and date, sorted by both.
     */
    @Query(value = "select t.school_id, t.since from (select m.school_id, (select min(v.valid_from)"
            + "  from training_trained_v v where v.person_id = m.person_id and v.valid_from <= :asOf"
            + "  and (v.valid_until is null or v.valid_until > :asOf)) as since"
            + " from mentor_profile m where m.school_id in (:schools) and m.in_base and m.included_on <= :asOf) t"
            + " where t.since is not null order by t.school_id, t.since", nativeQuery = true)
    List<Object[]> trainingDatesOf(@Param("schools") Collection<Long> schoolIds,
            @Param("asOf") java.time.LocalDate asOf);

}

interface MenteeProfileRepository extends JpaRepository<MenteeProfile, Long> {

    List<MenteeProfile> findByPersonIdIn(Collection<Long> ids);

    /** The mentee base filtered: name, class (grade of the academic year), wanted form, with or without a mentor. */
    String MENTEE_FILTER = " from MenteeProfile m, Person p where p.id = m.personId and m.schoolId = :school and m.inBase = true"
            + " and (:q = '' or p.searchName like :q escape '\\')"
            + " and (:grade is null or exists (select c from StudentClass c where c.key.personId = p.id"
            + " and c.key.academicYear = :year and c.grade = :grade))"
            + " and (:form is null or m.wantedFormId = :form)"
            + " and (:mentor = 'ANY' or (:mentor = 'WITH' and m.personId in :paired)"
            + " or (:mentor = 'WITHOUT' and m.personId not in :paired))";

    @Query(value = "select m" + MENTEE_FILTER + " order by p.searchName, p.id",
            countQuery = "select count(m)" + MENTEE_FILTER)
    Page<MenteeProfile> searchBase(@Param("school") long schoolId, @Param("q") String likePattern,
            @Param("grade") Integer grade, @Param("year") int academicYear, @Param("form") Long formId,
            @Param("mentor") String mentor, @Param("paired") Collection<Long> paired, Pageable pageable);

    @Query(value = "select m from MenteeProfile m, Person p where p.id = m.personId and m.schoolId = :school"
                    + " and m.inBase = true order by p.searchName, p.id",
            countQuery = "select count(m) from MenteeProfile m where m.schoolId = :school and m.inBase = true")
    Page<MenteeProfile> base(@Param("school") long schoolId, Pageable pageable);

    @org.springframework.data.jpa.repository.Modifying
    @Query("update MenteeProfile m set m.includedOn = :on where m.schoolId = :school")
    void setIncludedOn(@Param("school") long schoolId, @Param("on") java.time.LocalDate on);

    @Query("select min(m.includedOn) from MenteeProfile m where m.schoolId = :school")
    java.time.LocalDate firstIncluded(@Param("school") long schoolId);

    @Query("select m.personId from MenteeProfile m where m.schoolId = :school and m.inBase = true")
    List<Long> idsInBase(@Param("school") long schoolId);

    /** Per school of the list: the first inclusion in [from, to] and the mentees in the base today. */
    @Query("select m.schoolId, min(case when m.includedOn >= :from and m.includedOn <= :to then m.includedOn end),"
            + " sum(case when m.inBase = true then 1 else 0 end)"
            + " from MenteeProfile m where m.schoolId in :schools group by m.schoolId")
    List<Object[]> inclusionsOf(@Param("schools") Collection<Long> schoolIds, @Param("from") java.time.LocalDate from,
            @Param("to") java.time.LocalDate to);

    @Query("select count(m) from MenteeProfile m where m.schoolId = :school and m.inBase = true")
    long countInBase(@Param("school") long schoolId);
}

interface ConsentRepository extends JpaRepository<Consent, Long> {

    List<Consent> findByPersonIdOrderByGivenOnDescIdDesc(long personId);

    @Query("select distinct c.personId from Consent c where c.personId in :ids and c.revokedOn is null"
            + " and (c.validUntil is null or c.validUntil >= :on)")
    List<Long> personsWithConsentInForce(@Param("ids") Collection<Long> ids, @Param("on") java.time.LocalDate on);
}

interface DataDestructionRepository extends JpaRepository<DataDestruction, Long> {

    @Query(value = "select d from DataDestruction d where d.schoolId in :schools order by d.destroyedOn desc, d.id desc",
            countQuery = "select count(d) from DataDestruction d where d.schoolId in :schools")
    Page<DataDestruction> register(@Param("schools") Collection<Long> schoolIds, Pageable pageable);

    Optional<DataDestruction> findByPersonId(long personId);
}

interface NamePublicationRepository extends JpaRepository<NamePublication, Long> {

    Optional<NamePublication> findByPersonId(long personId);

    /** Of the given people, those whose consent to the publication of their name is in force on the day. */
    @Query("select n.personId from NamePublication n where n.personId in :ids and n.withdrawnOn is null"
            + " and n.givenOn <= :on and (n.validUntil is null or n.validUntil >= :on)")
    List<Long> inForce(@Param("ids") Collection<Long> ids, @Param("on") java.time.LocalDate on);
}
