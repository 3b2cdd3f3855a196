package ru.edu.mentoring.people;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.edu.mentoring.schools.SchoolSummary;
import ru.edu.mentoring.schools.Schools;

/**
 * Issue 16 point 5: a second record of one person. Two records are namesakes of one person when the surname, name and
 * patronymic (trimmed, case- and ё/е-insensitive: {@link Person#searchKey}) and the birth date are equal and both
 * schools are of one municipality. Anonymised records are no one's namesake.
 */
@Service
class Duplicates {

    private final PersonRepository persons;
    private final Schools schools;

    Duplicates(PersonRepository persons, Schools schools) {
        this.persons = persons;
        this.schools = schools;
    }

    /** Another record of a person; {@code sameSchool} says whether the curator of the school being edited keeps it. */
    record Hit(long id, long schoolId, String schoolName, String fullName, boolean sameSchool) {}

    static String key(String lastName, String firstName, String middleName) {
        return Person.searchKey(Person.fullName(lastName == null ? "" : lastName.strip(),
                firstName == null ? "" : firstName.strip(),
                middleName == null || middleName.isBlank() ? null : middleName.strip()));
    }

    /** The records of the municipality of {@code schoolId} that name the person of the form (without {@code self}). */
    @Transactional(readOnly = true)
    List<Hit> of(long schoolId, String lastName, String firstName, String middleName, LocalDate birthDate, Long self) {
        if (birthDate == null || lastName == null || lastName.isBlank() || firstName == null || firstName.isBlank()) {
            return List.of();
        }
        Map<Long, SchoolSummary> municipality = municipalitySchools(schoolId);
        return persons.namesakes(municipality.keySet(), key(lastName, firstName, middleName), birthDate).stream()
                .filter(p -> self == null || !p.getId().equals(self))
                .map(p -> new Hit(p.getId(), p.getSchoolId(), municipality.get(p.getSchoolId()).shortName(),
                        p.fullName(), p.getSchoolId() == schoolId))
                .toList();
    }

    /** Every non-anonymised record with a birth date of the municipality of the school whose name key is one of these. */
    @Transactional(readOnly = true)
    Map<String, List<Hit>> byKeyAndBirthDate(long schoolId, Collection<String> keys) {
        if (keys.isEmpty()) {
            return Map.of();
        }
        Map<Long, SchoolSummary> municipality = municipalitySchools(schoolId);
        return persons.namesakes(municipality.keySet(), keys).stream()
                .collect(Collectors.groupingBy(p -> p.getSearchName() + "\u0000" + p.getBirthDate(),
                        Collectors.mapping(p -> new Hit(p.getId(), p.getSchoolId(),
                                municipality.get(p.getSchoolId()).shortName(), p.fullName(),
                                p.getSchoolId() == schoolId), Collectors.toList())));
    }

    /** Candidates to merge with: the school's other records of the same name, or of the same surname and birth date. */
    @Transactional(readOnly = true)
    List<Person> mergeCandidates(Person person) {
        return persons.mergeCandidates(person.getSchoolId(), person.getId(), person.getSearchName(),
                Person.searchKey(person.getLastName()), person.getBirthDate()).stream().limit(20).toList();
    }

    private Map<Long, SchoolSummary> municipalitySchools(long schoolId) {
        SchoolSummary school = schools.summariesOf(List.of(schoolId)).stream().findFirst()
                .orElseThrow(ru.edu.mentoring.shared.NotFoundException::new);
        return schools.ofMunicipality(school.municipalityId()).stream()
                .collect(Collectors.toMap(SchoolSummary::id, s -> s, (a, b) -> a));
    }
}
