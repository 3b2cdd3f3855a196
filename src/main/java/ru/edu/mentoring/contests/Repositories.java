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

interface NominationRepository extends JpaRepository<Nomination, Long> {
    List<Nomination> findByContestIdOrderByPositionAscIdAsc(long contestId);
}

interface CriterionRepository extends JpaRepository<Criterion, Long> {
    List<Criterion> findByContestIdOrderByPositionAscIdAsc(long contestId);
}

interface CriterionTemplateRepository extends JpaRepository<CriterionTemplate, Long> {
    List<CriterionTemplate> findByTemplateOrderByPosition(String template);
}

interface JurorRepository extends JpaRepository<Juror, Long> {
    List<Juror> findByContestIdOrderByIdAsc(long contestId);

    Optional<Juror> findByContestIdAndUserId(long contestId, long userId);

    List<Juror> findByUserId(long userId);
}

interface ApplicationRepository extends JpaRepository<Application, Long> {
    List<Application> findByContestIdOrderByIdAsc(long contestId);

    List<Application> findByMentorPersonId(long personId);
}

interface ContestFileRepository extends JpaRepository<ContestFile, Long> {
    List<ContestFile> findByContestIdAndApplicationIdIsNullOrderByIdDesc(long contestId);

    List<ContestFile> findByApplicationIdOrderByIdAsc(long applicationId);
}

interface ScoreRepository extends JpaRepository<Score, Long> {
    List<Score> findByApplicationIdIn(Collection<Long> applicationIds);

    List<Score> findByApplicationIdAndJurorId(long applicationId, long jurorId);
}
