package ru.edu.mentoring.pairing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import ru.edu.mentoring.people.Category;
import ru.edu.mentoring.schools.SchoolKind;

/** A form of mentoring («ученик – ученик»): which categories may mentor and be mentored, and where it applies. */
@Entity
@jakarta.persistence.EntityListeners(FormChanges.class)
@Table(name = "mentoring_form")
class MentoringForm {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String code;

    @Column(nullable = false)
    private String name;

    @Column(name = "mentor_categories", nullable = false)
    private String mentorCategories;

    @Column(name = "mentee_categories", nullable = false)
    private String menteeCategories;

    @Column(name = "applies_to", nullable = false)
    private String appliesTo;

    @Column(name = "teacher_format", nullable = false)
    private boolean teacherFormat;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Version
    private long version;

    protected MentoringForm() {}

    MentoringForm(String code) {
        this.code = code;
    }

    void update(String name, Set<Category> mentors, Set<Category> mentees, Set<SchoolKind> appliesTo,
            boolean teacherFormat, boolean active, int sortOrder) {
        this.name = name.strip();
        this.mentorCategories = join(mentors);
        this.menteeCategories = join(mentees);
        this.appliesTo = join(appliesTo);
        this.teacherFormat = teacherFormat;
        this.active = active;
        this.sortOrder = sortOrder;
    }

    FormSpec spec() {
        return new FormSpec(id, name, categories(mentorCategories), categories(menteeCategories), kinds(appliesTo),
                teacherFormat);
    }

    private static String join(Set<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    private static Set<Category> categories(String csv) {
        Set<Category> set = EnumSet.noneOf(Category.class);
        Arrays.stream(csv.split(",")).filter(s -> !s.isBlank()).forEach(s -> set.add(Category.valueOf(s.strip())));
        return set;
    }

    private static Set<SchoolKind> kinds(String csv) {
        Set<SchoolKind> set = EnumSet.noneOf(SchoolKind.class);
        Arrays.stream(csv.split(",")).filter(s -> !s.isBlank()).forEach(s -> set.add(SchoolKind.valueOf(s.strip())));
        return set;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public boolean isTeacherFormat() {
        return teacherFormat;
    }

    public boolean isActive() {
        return active;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public long getVersion() {
        return version;
    }

    public Set<Category> getMentorCategorySet() {
        return categories(mentorCategories);
    }

    public Set<Category> getMenteeCategorySet() {
        return categories(menteeCategories);
    }

    public Set<SchoolKind> getAppliesToSet() {
        return kinds(appliesTo);
    }
}
