package ru.edu.mentoring.contests;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** A row of a real score sheet seeded by the migration (V79), copied into a contest by the department. */
@Entity
@Immutable
@Table(name = "contest_criterion_template")
class ContestCriterionTemplate {

    @Id
    private Long id;

    @Column(nullable = false)
    private String template;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private String title;

    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CriterionKind kind;

    @Column(name = "min_points", nullable = false)
    private int minPoints;

    @Column(name = "max_points", nullable = false)
    private int maxPoints;

    private String bands;

    protected ContestCriterionTemplate() {}

    String getTemplate() {
        return template;
    }

    int getPosition() {
        return position;
    }

    ContestCriterion copyInto(long contestId, int position) {
        return new ContestCriterion(contestId, position, title, description, kind, minPoints, maxPoints, bands);
    }
}
