package ru.edu.mentoring.campaigns;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CampaignSchoolRepository extends JpaRepository<CampaignSchool, Long> {

    List<CampaignSchool> findByCampaignId(long campaignId);
}
