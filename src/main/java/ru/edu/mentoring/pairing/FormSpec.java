package ru.edu.mentoring.pairing;

import java.util.Set;
import ru.edu.mentoring.people.Category;
import ru.edu.mentoring.schools.SchoolKind;

/** What the pairing rules need to know of a form. */
record FormSpec(long id, String name, Set<Category> mentorCategories, Set<Category> menteeCategories,
        Set<SchoolKind> appliesTo, boolean teacherFormat) {

    /** Both sides are students: the mentor must be in a higher grade (class or course). */
    boolean peerStudents() {
        return mentorCategories.equals(Set.of(Category.STUDENT)) && menteeCategories.equals(Set.of(Category.STUDENT));
    }

    /** Teacher mentoring: the mentee must be a young specialist or new staff. */
    boolean teacherToTeacher() {
        return menteeCategories.equals(Set.of(Category.TEACHER)) && mentorCategories.contains(Category.TEACHER);
    }
}
