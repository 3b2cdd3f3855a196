package ru.edu.mentoring.schools;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface MunicipalityRepository extends JpaRepository<Municipality, Long> {

    List<Municipality> findAllByOrderByName();

    Optional<Municipality> findByName(String name);
}
