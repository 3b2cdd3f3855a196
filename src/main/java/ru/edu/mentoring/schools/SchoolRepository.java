package ru.edu.mentoring.schools;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface SchoolRepository extends JpaRepository<School, Long> {

    String IN_SCOPE = "(:all = true or s.municipalityId = :municipalityId or s.id in :schoolIds"
            + " or s.municipalityId in :municipalityIds)";
    String MATCHES = "(:q = '' or lower(s.shortName) like :q escape '\\' or lower(s.fullName) like :q escape '\\')";

    @Query(value = "select s from School s where " + IN_SCOPE + " and " + MATCHES,
            countQuery = "select count(s) from School s where " + IN_SCOPE + " and " + MATCHES)
    Page<School> search(
            @Param("all") boolean all,
            @Param("municipalityId") long municipalityId,
            @Param("schoolIds") Collection<Long> schoolIds,
            @Param("municipalityIds") Collection<Long> municipalityIds,
            @Param("q") String likePattern,
            Pageable pageable);

    @Query("select s from School s where " + IN_SCOPE + " order by s.sortKey, s.id")
    List<School> findAllInScope(
            @Param("all") boolean all,
            @Param("municipalityId") long municipalityId,
            @Param("schoolIds") Collection<Long> schoolIds,
            @Param("municipalityIds") Collection<Long> municipalityIds);

    List<School> findByIdIn(Collection<Long> ids);

    /** The school, locked until the transaction ends: appointments to one school are made one after the other. */
    @org.springframework.data.jpa.repository.Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from School s where s.id = :id")
    java.util.Optional<School> findForUpdate(@Param("id") long id);

    long countByMunicipalityId(long municipalityId);

    /** The number of schools of each municipality that has any. */
    interface MunicipalityCount {
        long getMunicipalityId();

        long getSchools();
    }

    @org.springframework.data.jpa.repository.Query("select s.municipalityId as municipalityId, count(s) as schools"
            + " from School s group by s.municipalityId")
    List<MunicipalityCount> countPerMunicipality();
}
