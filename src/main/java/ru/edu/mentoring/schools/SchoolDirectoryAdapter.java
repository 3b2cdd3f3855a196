package ru.edu.mentoring.schools;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.edu.mentoring.accounts.SchoolDirectory;

/** Tells the accounts module which municipalities and schools exist. */
@Component
class SchoolDirectoryAdapter implements SchoolDirectory {

    private final SchoolRepository schools;
    private final MunicipalityRepository municipalities;

    SchoolDirectoryAdapter(SchoolRepository schools, MunicipalityRepository municipalities) {
        this.schools = schools;
        this.municipalities = municipalities;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Option> municipalities() {
        return municipalities.findAllByOrderByName().stream()
                .map(m -> new Option(m.getId(), m.getName()))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Option> schools() {
        Map<Long, String> names = municipalities.findAll().stream()
                .collect(Collectors.toMap(Municipality::getId, Municipality::getName));
        return schools.findAll(org.springframework.data.domain.Sort.by("municipalityId", "sortKey", "id")).stream()
                .map(s -> new Option(s.getId(), s.getShortName() + " — " + names.get(s.getMunicipalityId())))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, Long> municipalityOfSchools(Collection<Long> schoolIds) {
        if (schoolIds.isEmpty()) {
            return Map.of();
        }
        return schools.findByIdIn(schoolIds).stream()
                .collect(Collectors.toMap(School::getId, School::getMunicipalityId));
    }
}
