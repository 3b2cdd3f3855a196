package ru.edu.mentoring.roadmaps;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface RoadmapRepository extends JpaRepository<Roadmap, Long> {

    Optional<Roadmap> findBySchoolId(long schoolId);

    boolean existsBySchoolId(long schoolId);

    List<Roadmap> findBySchoolIdIn(Collection<Long> schoolIds);

    List<Roadmap> findByMunicipalityId(long municipalityId);

    @Query("select r from Roadmap r join r.measures m where m.id = :measureId")
    Optional<Roadmap> findByMeasureId(@Param("measureId") long measureId);

    /** The school and the moment of its first approval, for every school with an approved revision. */
    @Query("select r.schoolId, min(v.approvedAt) from Roadmap r join r.revisions v where r.schoolId in :schoolIds"
            + " group by r.schoolId")
    List<Object[]> firstApprovals(@Param("schoolIds") Collection<Long> schoolIds);
}
