package ru.edu.mentoring.people;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ru.edu.mentoring.schools.SchoolKind;

/**
 * What the school already has, read once before the rows are checked: its people keyed for matching (by the school's
 * identifier, by kind and name), each with this year's class and mentor entry, who has a consent in force today, and
 * the school's kind (who counts as an adult, see {@link Adulthood}).
 */
final class ImportSchool {

    /** A person the school already has, detached, with the class of this academic year and the mentor entry. */
    record Existing(Person person, StudentClass currentClass, MentorProfile mentor) {}

    private final long id;
    private final SchoolKind kind;
    private final LocalDate today;
    private final Set<Long> consented;
    private final Map<String, Existing> byKey = new HashMap<>();
    private final Map<String, List<Existing>> byName = new HashMap<>();

    ImportSchool(long id, SchoolKind kind, LocalDate today, List<Person> all, Map<Long, StudentClass> currentClasses,
            Map<Long, MentorProfile> mentorEntries, Set<Long> consented) {
        this.id = id;
        this.kind = kind;
        this.today = today;
        this.consented = consented;
        for (Person p : all) {
            Existing e = new Existing(p, currentClasses.get(p.getId()), mentorEntries.get(p.getId()));
            if (p.getExternalKey() != null) {
                byKey.put(p.getKind() + "\u0000" + p.getExternalKey(), e);
            }
            byName.computeIfAbsent(p.getKind() + "\u0000" + Person.searchKey(p.fullName()), k -> new ArrayList<>())
                    .add(e);
        }
    }

    long id() {
        return id;
    }

    SchoolKind kind() {
        return kind;
    }

    LocalDate today() {
        return today;
    }

    /** The school's person of the kind with this identifier, or null. */
    Existing byKey(PersonKind personKind, String key) {
        return byKey.get(personKind + "\u0000" + key);
    }

    /** The school's people of the kind with this name (see {@link Person#searchKey}). */
    List<Existing> byName(PersonKind personKind, String searchName) {
        return byName.getOrDefault(personKind + "\u0000" + searchName, List.of());
    }

    /** Whether the person has a consent in force today. */
    boolean consented(long personId) {
        return consented.contains(personId);
    }

    // --- pairs-history (issue 17 point 7): classes of other academic years, read only for a file with «Учебный год»

    private Map<Long, Map<Integer, StudentClass>> classesOfYears = Map.of();

    void classesOfYears(Map<Long, Map<Integer, StudentClass>> classes) {
        this.classesOfYears = classes;
    }

    /** The person's class of that academic year, or null. */
    StudentClass classOf(long personId, int academicYear) {
        return classesOfYears.getOrDefault(personId, Map.of()).get(academicYear);
    }
}
