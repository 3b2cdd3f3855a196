package ru.edu.mentoring.roadmaps;

/** Where a school roadmap stands on its way to the department's approval. */
public enum RoadmapStatus {
    DRAFT,
    SUBMITTED,
    APPROVED,
    RETURNED;

    public String messageKey() {
        return "roadmap.status." + name();
    }

    /** The curator may change the measures. */
    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }
}
