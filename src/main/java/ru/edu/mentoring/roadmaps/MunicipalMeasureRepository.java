package ru.edu.mentoring.roadmaps;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface MunicipalMeasureRepository extends JpaRepository<MunicipalMeasure, Long> {

    List<MunicipalMeasure> findBySectionIdInOrderByPositionAscIdAsc(Collection<Long> sectionIds);

    long countBySectionId(long sectionId);
}
