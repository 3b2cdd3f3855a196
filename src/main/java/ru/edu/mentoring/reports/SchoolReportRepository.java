package ru.edu.mentoring.reports;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import ru.edu.mentoring.approval.ApprovalStatus;

interface SchoolReportRepository extends JpaRepository<SchoolReport, Long> {

    Optional<SchoolReport> findBySchoolIdAndAcademicYear(long schoolId, int academicYear);

    @Query("select r from SchoolReport r where r.schoolId in :schoolIds and r.approval.status = :status"
            + " order by r.approval.statusChangedAt")
    List<SchoolReport> findBySchoolIdInAndStatusOrderByStatusChangedAt(@Param("schoolIds") Collection<Long> schoolIds,
            @Param("status") ApprovalStatus status);

    List<SchoolReport> findBySchoolIdInAndAcademicYear(Collection<Long> schoolIds, int academicYear);

    @Query("select r from SchoolReport r where r.municipalityId = :municipalityId and r.approval.status = :status"
            + " order by r.approval.statusChangedAt")
    List<SchoolReport> findByMunicipalityIdAndStatusOrderByStatusChangedAt(
            @Param("municipalityId") long municipalityId, @Param("status") ApprovalStatus status);

    List<SchoolReport> findByMunicipalityIdAndAcademicYear(long municipalityId, int academicYear);

    boolean existsByMunicipalityId(long municipalityId);
}
