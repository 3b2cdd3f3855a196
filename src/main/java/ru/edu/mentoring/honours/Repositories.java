package ru.edu.mentoring.honours;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface NominationRepository extends JpaRepository<Nomination, Long> {

    List<Nomination> findBySchoolIdOrderByYearDescIdDesc(long schoolId);

    List<Nomination> findByMunicipalityIdOrderByYearDescIdDesc(long municipalityId);

    List<Nomination> findAllByOrderByYearDescIdDesc();

    List<Nomination> findByPersonIdOrderByYearDescIdDesc(long personId);
}

interface HonourSettingsRepository extends JpaRepository<HonourSettings, Long> {}
