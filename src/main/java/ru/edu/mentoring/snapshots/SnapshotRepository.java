package ru.edu.mentoring.snapshots;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import ru.edu.mentoring.approval.ApprovalStatus;

interface SnapshotRepository extends JpaRepository<Snapshot, Long> {

    List<Snapshot> findByMunicipalityIdOrderByPeriodYearDescPeriodDescVersionNoDesc(long municipalityId);

    List<Snapshot> findByApprovalStatusInOrderByPeriodYearDescPeriodDescVersionNoDesc(Collection<ApprovalStatus> statuses);

    List<Snapshot> findByMunicipalityIdAndPeriodYearAndPeriodOrderByVersionNoDesc(long municipalityId, int year,
            SnapshotPeriod period);

    @Query("select s from Snapshot s where s.approval.status = ru.edu.mentoring.approval.ApprovalStatus.APPROVED"
            + " and s.regionName = :region order by s.municipalityId, s.periodYear desc, s.period desc,"
            + " s.versionNo desc")
    List<Snapshot> acceptedInRegion(String region);
}
