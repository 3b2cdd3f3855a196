package ru.edu.mentoring.people;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Repositories of the moves between schools and the yearly promotion (issue 17 point 7). */
interface PersonTransferRepository extends JpaRepository<PersonTransfer, Long> {

    List<PersonTransfer> findByPersonIdOrderByEffectiveOnAscIdAsc(long personId);

    @Query("select t.id from PersonTransfer t where t.status = ru.edu.mentoring.people.PersonTransfer.Status.SCHEDULED"
            + " and t.effectiveOn <= :day order by t.effectiveOn, t.id")
    List<Long> dueOn(@Param("day") LocalDate day);

    @Query("select t from PersonTransfer t where (t.fromSchoolId in :schools or t.toSchoolId in :schools)"
            + " order by case when t.status in (ru.edu.mentoring.people.PersonTransfer.Status.REQUESTED,"
            + " ru.edu.mentoring.people.PersonTransfer.Status.SCHEDULED) then 0 else 1 end, t.effectiveOn desc, t.id desc")
    List<PersonTransfer> ofSchools(@Param("schools") Collection<Long> schoolIds,
            org.springframework.data.domain.Pageable page);
}

interface YearPromotionRepository extends JpaRepository<YearPromotion, Long> {

    List<YearPromotion> findBySchoolIdOrderByRunAtDesc(long schoolId);
}
