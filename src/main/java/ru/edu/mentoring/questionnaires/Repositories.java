package ru.edu.mentoring.questionnaires;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface TemplateRepository extends JpaRepository<QuestionnaireTemplate, Long> {

    List<QuestionnaireTemplate> findAllByOrderByRespondentAscFormIdAscVersionNoDesc();
}

interface LinkRepository extends JpaRepository<QuestionnaireLink, Long> {

    Optional<QuestionnaireLink> findByTokenHash(String tokenHash);

    List<QuestionnaireLink> findByPairIdOrderByCreatedAtDesc(long pairId);
}

interface ResponseRepository extends JpaRepository<QuestionnaireResponse, Long> {

    List<QuestionnaireResponse> findByPairIdOrderBySubmittedAtAsc(long pairId);

    Optional<QuestionnaireResponse> findBySchoolIdAndAcademicYearAndRespondent(long schoolId, int academicYear,
            Respondent respondent);

    boolean existsByPairIdAndRespondentAndSlotAndWave(long pairId, Respondent respondent, int slot, Wave wave);
}

interface SwotRepository extends JpaRepository<SwotAnalysis, Long> {

    Optional<SwotAnalysis> findBySchoolIdAndFormIdAndAcademicYear(long schoolId, long formId, int academicYear);

    List<SwotAnalysis> findBySchoolIdAndAcademicYear(long schoolId, int academicYear);
}

interface ExitOfferRepository extends JpaRepository<ExitOffer, Long> {}
