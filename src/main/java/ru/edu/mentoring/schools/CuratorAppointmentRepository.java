package ru.edu.mentoring.schools;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CuratorAppointmentRepository extends JpaRepository<CuratorAppointment, Long> {

    Optional<CuratorAppointment> findBySchoolIdAndKindAndEndedAtIsNull(long schoolId, AppointmentKind kind);

    Optional<CuratorAppointment> findBySchoolIdAndUserIdAndEndedAtIsNull(long schoolId, long userId);

    List<CuratorAppointment> findBySchoolIdAndEndedAtIsNull(long schoolId);

    List<CuratorAppointment> findBySchoolIdInAndKindAndEndedAtIsNull(Collection<Long> schoolIds, AppointmentKind kind);
}
