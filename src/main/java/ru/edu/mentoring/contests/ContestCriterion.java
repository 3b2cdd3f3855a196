package ru.edu.mentoring.contests;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/** A criterion of a contest's score sheet, as data: its kind, its points and for bands the named bands. */
@Entity
@Table(name = "contest_criterion")
class ContestCriterion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "contest_id", nullable = false)
    private long contestId;

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

    protected ContestCriterion() {}

    ContestCriterion(long contestId, int position, String title, String description, CriterionKind kind, int minPoints,
            int maxPoints, String bands) {
        this.contestId = contestId;
        this.position = position;
        this.title = title.strip();
        this.description = description == null || description.isBlank() ? null : description.strip();
        this.kind = kind;
        this.minPoints = kind == CriterionKind.YES_NO ? 0 : minPoints;
        this.maxPoints = maxPoints;
        this.bands = kind == CriterionKind.BANDS ? bands.strip() : null;
    }

    /** A named band and its points. */
    record Band(String name, int points) {}

    /** The bands of a BANDS criterion, one a line «name=points»; an empty list for other kinds. */
    List<Band> bandList() {
        try {
            return parseBands(bands);
        } catch (ContestRuleException e) {
            return List.of(); // only lines that parse were ever saved through the form; a page never fails on one
        }
    }

    static List<Band> parseBands(String text) {
        List<Band> result = new ArrayList<>();
        if (text == null) {
            return result;
        }
        for (String line : text.split("\n")) {
            String l = line.strip();
            int eq = l.lastIndexOf('=');
            if (l.isEmpty()) {
                continue;
            }
            if (eq <= 0 || eq == l.length() - 1) {
                throw new ContestRuleException("contest.criterion.bands.format");
            }
            try {
                result.add(new Band(l.substring(0, eq).strip(), Integer.parseInt(l.substring(eq + 1).strip())));
            } catch (NumberFormatException e) {
                throw new ContestRuleException("contest.criterion.bands.format");
            }
        }
        return result;
    }

    /** Whether the points are a possible score of this criterion. */
    boolean accepts(int points) {
        return switch (kind) {
            case RANGE -> points >= minPoints && points <= maxPoints;
            case YES_NO -> points == 0 || points == maxPoints;
            case BANDS -> bandList().stream().anyMatch(b -> b.points() == points);
        };
    }

    Long getId() {
        return id;
    }

    long getContestId() {
        return contestId;
    }

    int getPosition() {
        return position;
    }

    String getTitle() {
        return title;
    }

    String getDescription() {
        return description;
    }

    CriterionKind getKind() {
        return kind;
    }

    int getMinPoints() {
        return minPoints;
    }

    int getMaxPoints() {
        return maxPoints;
    }

    String getBands() {
        return bands;
    }
}
