package ru.edu.mentoring.monitoring;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CoverageTargetRepository extends JpaRepository<CoverageTarget, Long> {

    List<CoverageTarget> findByMunicipalityIdAndIndicatorOrderByYear(long municipalityId, String indicator);

    Optional<CoverageTarget> findByMunicipalityIdAndIndicatorAndYear(long municipalityId, String indicator, int year);

    List<CoverageTarget> findByIndicatorAndYear(String indicator, int year);

    boolean existsByMunicipalityId(long municipalityId);
}
