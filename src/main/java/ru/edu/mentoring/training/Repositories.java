package ru.edu.mentoring.training;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface MentorCandidateRepository extends JpaRepository<MentorCandidate, Long> {

    @Query("select c from MentorCandidate c where c.schoolId = :school order by c.appliedOn desc, c.id desc")
    List<MentorCandidate> ofSchool(@Param("school") long schoolId);

    List<MentorCandidate> findByPersonId(long personId);

    @Query("select count(c) > 0 from MentorCandidate c where c.personId = :person and c.status in"
            + " (ru.edu.mentoring.training.CandidateStatus.APPLIED, ru.edu.mentoring.training.CandidateStatus.INTERVIEW,"
            + " ru.edu.mentoring.training.CandidateStatus.TRAINING)")
    boolean openFor(@Param("person") long personId);

    boolean existsBySchoolId(long schoolId);
}

interface MentorCourseRepository extends JpaRepository<MentorCourse, Long> {

    @Query("select c from MentorCourse c where c.personId = :person order by c.endDate desc, c.id desc")
    List<MentorCourse> ofPerson(@Param("person") long personId);

    @Query("select c from MentorCourse c where c.personId in :people order by c.endDate, c.id")
    List<MentorCourse> ofPeople(@Param("people") Collection<Long> personIds);
}

interface MentorCredentialRepository extends JpaRepository<MentorCredential, Long> {

    @Query("select c from MentorCredential c where c.personId = :person order by c.issuedOn desc, c.id desc")
    List<MentorCredential> ofPerson(@Param("person") long personId);

    @Query("select c from MentorCredential c where c.personId in :people order by c.issuedOn, c.id")
    List<MentorCredential> ofPeople(@Param("people") Collection<Long> personIds);
}
