package ru.edu.mentoring.roadmaps;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface MunicipalSectionRepository extends JpaRepository<MunicipalSection, Long> {

    List<MunicipalSection> findByMunicipalityIdOrderByPositionAscIdAsc(long municipalityId);

    boolean existsByMunicipalityId(long municipalityId);
}
