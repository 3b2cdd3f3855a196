package ru.edu.mentoring.people;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongPredicate;

/**
 * Issue 17 point 6 for the import: a row naming a person whom another school of the municipality already has (same
 * kind, full name and birth date, normalised as {@link Person#searchKey}) matches that record instead of creating a
 * second one. The keys of those records are read once per file (one projection query); a record is read whole only
 * when a row names it. Whether this school may take the person over is {@link PersonMoves#curatorMayMove}.
 */
final class ImportElsewhere {

    private ImportElsewhere() {}

    static void attach(EntityManager em, ImportSchool school, int year, LongPredicate curatorMayMove) {
        List<ImportSchool.ElsewhereKey> keys = new ArrayList<>();
        for (Object o : em.createNativeQuery("""
                        select p.id, p.kind, p.search_name, p.birth_date, s.short_name from person p
                          join schools_school_v s on s.id = p.school_id
                         where s.municipality_id = (select municipality_id from schools_school_v where id = ?1)
                           and p.school_id <> ?1 and p.birth_date is not null and p.anonymised_on is null
                        """).setParameter(1, school.id()).getResultList()) {
            Object[] r = (Object[]) o;
            keys.add(new ImportSchool.ElsewhereKey(((Number) r[0]).longValue(), PersonKind.valueOf((String) r[1]),
                    (String) r[2], toDate(r[3]), (String) r[4]));
        }
        if (keys.isEmpty()) {
            return;
        }
        LocalDate today = school.today();
        school.elsewhere(keys, key -> {
            long id = key.personId();
            Person person = em.find(Person.class, id);
            StudentClass current = em.find(StudentClass.class, new StudentClass.Key(id, year));
            MentorProfile mentor = em.find(MentorProfile.class, id);
            boolean movable = curatorMayMove.test(id);
            if (!em.createNativeQuery("select 1 from consent k where k.person_id = ?1 and k.revoked_on is null"
                    + " and k.given_on <= ?2 and (k.valid_until is null or k.valid_until >= ?2)")
                    .setParameter(1, id).setParameter(2, today).getResultList().isEmpty()) {
                school.elsewhereConsented(id);
            }
            em.detach(person);
            if (current != null) {
                em.detach(current);
            }
            if (mentor != null) {
                em.detach(mentor);
            }
            return new ImportSchool.Elsewhere(new ImportSchool.Existing(person, current, mentor), key.schoolName(),
                    movable);
        });
    }

    private static LocalDate toDate(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
