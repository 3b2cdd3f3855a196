package ru.edu.mentoring.contests;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ContestRepository extends JpaRepository<Contest, Long> {
    List<Contest> findByMunicipalityIdOrderByYearDescIdDesc(long municipalityId);

    List<Contest> findAllByOrderByYearDescIdDesc();

    List<Contest> findByIdInOrderByYearDescIdDesc(Collection<Long> ids);
}

interface ContestNominationRepository extends JpaRepository<ContestNomination, Long> {
    List<ContestNomination> findByContestIdOrderByPositionAscIdAsc(long contestId);

    List<ContestNomination> findByContestIdInOrderByPositionAscIdAsc(java.util.Collection<Long> contestIds);
}

interface ContestCriterionRepository extends JpaRepository<ContestCriterion, Long> {
    List<ContestCriterion> findByContestIdOrderByPositionAscIdAsc(long contestId);
}

interface ContestCriterionTemplateRepository extends JpaRepository<ContestCriterionTemplate, Long> {
    List<ContestCriterionTemplate> findByTemplateOrderByPosition(String template);
}

interface ContestJurorRepository extends JpaRepository<ContestJuror, Long> {
    List<ContestJuror> findByContestIdOrderByIdAsc(long contestId);

    Optional<ContestJuror> findByContestIdAndUserId(long contestId, long userId);

    List<ContestJuror> findByUserId(long userId);
}

interface ContestApplicationRepository extends JpaRepository<ContestApplication, Long> {
    List<ContestApplication> findByContestIdOrderByIdAsc(long contestId);

    List<ContestApplication> findByMentorPersonId(long personId);
}

interface ContestFileRepository extends JpaRepository<ContestFile, Long> {
    List<ContestFile> findByContestIdAndApplicationIdIsNullOrderByIdDesc(long contestId);

    List<ContestFile> findByApplicationIdOrderByIdAsc(long applicationId);
}

interface ContestScoreRepository extends JpaRepository<ContestScore, Long> {
    List<ContestScore> findByApplicationIdIn(Collection<Long> applicationIds);

    List<ContestScore> findByApplicationIdAndJurorId(long applicationId, long jurorId);
}
