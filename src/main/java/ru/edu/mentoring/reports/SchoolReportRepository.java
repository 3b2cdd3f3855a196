package ru.edu.mentoring.reports;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SchoolReportRepository extends JpaRepository<SchoolReport, Long> {

    Optional<SchoolReport> findBySchoolIdAndAcademicYear(long schoolId, int academicYear);

    List<SchoolReport> findBySchoolIdInAndStatusOrderByStatusChangedAt(Collection<Long> schoolIds,
            ReportStatus status);

    List<SchoolReport> findBySchoolIdInAndAcademicYear(Collection<Long> schoolIds, int academicYear);
}
