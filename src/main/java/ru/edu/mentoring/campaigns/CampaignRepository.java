package ru.edu.mentoring.campaigns;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CampaignRepository extends JpaRepository<Campaign, Long> {

    @Query(value = "select c from Campaign c where :all = true or c.municipalityId in :municipalityIds",
            countQuery = "select count(c) from Campaign c where :all = true or c.municipalityId in :municipalityIds")
    Page<Campaign> findVisible(@Param("all") boolean all, @Param("municipalityIds") Collection<Long> municipalityIds,
            Pageable pageable);

    boolean existsByMunicipalityIdAndTitle(long municipalityId, String title);

    List<Campaign> findByMunicipalityId(long municipalityId);
}
