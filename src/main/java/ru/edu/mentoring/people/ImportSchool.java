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
        return consented.contains(personId) || elsewhereConsented.contains(personId);
    }

    // ---- issue 17 point 6: the person is not in this school but in another school of the municipality

    /**
     * A person of another school of the municipality with the row's name and birth date; {@code movable} when this
     * school may take them over without the department ({@link PersonMoves#curatorMayMove}).
     */
    record Elsewhere(Existing existing, String schoolName, boolean movable) {}

    /** A record of another school, as keyed before its entity is read: kind, name key, birth date. */
    record ElsewhereKey(long personId, PersonKind kind, String searchName, LocalDate birthDate, String schoolName) {}

    /** Reads the record of another school when a row names it: the person, this year's class, the mentor entry. */
    interface ElsewhereLoader {
        Elsewhere load(ElsewhereKey key);
    }

    private final Map<String, List<ElsewhereKey>> elsewhereKeys = new HashMap<>();
    private final Map<Long, Elsewhere> elsewhereRead = new HashMap<>();
    private final Set<Long> elsewhereConsented = new java.util.HashSet<>();
    private ElsewhereLoader elsewhereLoader;

    /** The records of the municipality's other schools to match rows against (see {@link ImportElsewhere}). */
    void elsewhere(List<ElsewhereKey> keys, ElsewhereLoader loader) {
        for (ElsewhereKey k : keys) {
            elsewhereKeys.computeIfAbsent(k.kind() + "\u0000" + k.searchName() + "\u0000" + k.birthDate(),
                    x -> new ArrayList<>()).add(k);
        }
        this.elsewhereLoader = loader;
    }

    /** The one record of another school of the municipality with this kind, name key and birth date, or null. */
    Elsewhere elsewhere(PersonKind personKind, String searchName, LocalDate birthDate) {
        if (birthDate == null || elsewhereLoader == null) {
            return null;
        }
        List<ElsewhereKey> found = elsewhereKeys.getOrDefault(personKind + "\u0000" + searchName + "\u0000"
                + birthDate, List.of());
        if (found.size() != 1) {
            return null;
        }
        return elsewhereRead.computeIfAbsent(found.get(0).personId(), id -> elsewhereLoader.load(found.get(0)));
    }

    /** Whether the row's person is one of another school (to be moved here by the writer). */
    boolean fromElsewhere(long personId) {
        return elsewhereRead.containsKey(personId);
    }

    /** The short name of the other school a matched record comes from. */
    String elsewhereSchool(long personId) {
        Elsewhere e = elsewhereRead.get(personId);
        return e == null ? "—" : e.schoolName();
    }

    /** A record of another school read for a row has a consent in force today. */
    void elsewhereConsented(long personId) {
        elsewhereConsented.add(personId);
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
