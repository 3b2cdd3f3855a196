package ru.edu.mentoring.roadmaps;

/** Module events published when a school roadmap moves; other modules (notifications) listen. */
public final class RoadmapEvents {

    private RoadmapEvents() {}

    /** The curator sent the roadmap to the department. */
    public record RoadmapSubmitted(long roadmapId, long schoolId, long municipalityId, String schoolName,
            String actorName) {}

    /** The department approved the roadmap. */
    public record RoadmapApproved(long roadmapId, long schoolId, long municipalityId, String schoolName,
            String actorName, String comment) {}

    /** The department returned the roadmap for rework with a comment. */
    public record RoadmapReturned(long roadmapId, long schoolId, long municipalityId, String schoolName,
            String actorName, String comment) {}
}
