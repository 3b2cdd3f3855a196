package ru.edu.mentoring.programmes;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import ru.edu.mentoring.approval.ApprovalStatus;

interface SchoolProgrammeRepository extends JpaRepository<SchoolProgramme, Long> {

    List<SchoolProgramme> findBySchoolIdInAndAcademicYear(Collection<Long> schoolIds, int academicYear);

    Optional<SchoolProgramme> findBySchoolIdAndFormIdAndAcademicYear(long schoolId, long formId, int academicYear);

    @Query("select p from SchoolProgramme p where p.schoolId = :schoolId and p.approval.status = :status"
            + " order by p.academicYear desc, p.formId")
    List<SchoolProgramme> ofSchoolInStatus(@Param("schoolId") long schoolId, @Param("status") ApprovalStatus status);

    /** Approved programmes per school of a municipality and academic year: [school id, count]. */
    @Query("select p.schoolId, count(p) from SchoolProgramme p where p.municipalityId = :municipalityId"
            + " and p.academicYear = :year and p.approval.status = ru.edu.mentoring.approval.ApprovalStatus.APPROVED"
            + " group by p.schoolId")
    List<Object[]> approvedCounts(@Param("municipalityId") long municipalityId, @Param("year") int academicYear);

    @Query("select p from SchoolProgramme p where p.schoolId in :schoolIds and p.approval.status = :status"
            + " order by p.approval.statusChangedAt")
    List<SchoolProgramme> waiting(@Param("schoolIds") Collection<Long> schoolIds,
            @Param("status") ApprovalStatus status);
}

interface PersonalProgrammeRepository extends JpaRepository<PersonalProgramme, Long> {

    Optional<PersonalProgramme> findByPairId(long pairId);
}

interface ProgrammeActivityRepository extends JpaRepository<ProgrammeActivity, Long> {

    List<ProgrammeActivity> findByProgrammeIdOrderByDueDateAscIdAsc(long programmeId);
}
