package ru.edu.mentoring.schools;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CuratorAppointmentRepository extends JpaRepository<CuratorAppointment, Long> {

    Optional<CuratorAppointment> findBySchoolIdAndEndedAtIsNull(long schoolId);

    List<CuratorAppointment> findBySchoolIdInAndEndedAtIsNull(Collection<Long> schoolIds);
}
