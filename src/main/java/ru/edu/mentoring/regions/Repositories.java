package ru.edu.mentoring.regions;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface RegionRepository extends JpaRepository<Region, Long> {

    Optional<Region> findByName(String name);

    List<Region> findAllByOrderByName();
}

interface RegionTargetRepository extends JpaRepository<RegionTarget, Long> {

    List<RegionTarget> findByRegionIdOrderByYear(long regionId);

    Optional<RegionTarget> findByRegionIdAndYear(long regionId, int year);
}

interface ReportingPeriodRepository extends JpaRepository<ReportingPeriod, Long> {

    List<ReportingPeriod> findByRegionIdOrderByStartsOnAscIdAsc(long regionId);
}

interface ChecklistItemRepository extends JpaRepository<ChecklistItem, String> {

    List<ChecklistItem> findAllByOrderByPosition();
}

interface ChecklistAnswerRepository extends JpaRepository<ChecklistAnswer, Long> {

    List<ChecklistAnswer> findBySchoolIdIn(Collection<Long> schoolIds);

    Optional<ChecklistAnswer> findBySchoolIdAndItemCode(long schoolId, String itemCode);
}
