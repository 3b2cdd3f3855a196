package ru.edu.mentoring.meetings;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface MeetingRepository extends JpaRepository<Meeting, Long> {

    List<Meeting> findByPairIdOrderByStartsAtAscIdAsc(long pairId);

    List<Meeting> findByParticipantIdsContains(long personId);
}

interface PlanActivityRepository extends JpaRepository<PlanActivity, Long> {

    List<PlanActivity> findByPairIdOrderByDueDateAscIdAsc(long pairId);
}

interface FinalEventRepository extends JpaRepository<FinalEvent, Long> {

    Optional<FinalEvent> findBySchoolIdAndAcademicYear(long schoolId, int academicYear);

    List<FinalEvent> findBySchoolIdOrderByAcademicYearDesc(long schoolId);

    List<FinalEvent> findByMentorIdsContains(long personId);
}

interface MeetingSettingsRepository extends JpaRepository<MeetingSettings, Long> {}
