package ru.edu.mentoring.notifications;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One in-app notification of one user. */
@Entity
@Table(name = "notification")
class Notification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "user_id", nullable = false, updatable = false)
    private long userId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private NotificationKind kind;

    @Column(name = "school_id", updatable = false)
    private Long schoolId;

    @Column(name = "school_name", nullable = false, updatable = false)
    private String schoolName;

    @Column(name = "actor_name", nullable = false, updatable = false)
    private String actorName;

    @Column(updatable = false)
    private String comment;

    @Column(nullable = false, updatable = false)
    private String link;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected Notification() {}

    Notification(long userId, NotificationKind kind, Long schoolId, String schoolName, String actorName,
            String comment, String link, Instant createdAt) {
        this.userId = userId;
        this.kind = kind;
        this.schoolId = schoolId;
        this.schoolName = schoolName;
        this.actorName = actorName;
        this.comment = comment;
        this.link = link;
        this.createdAt = createdAt;
    }

    void markRead(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    Long getId() {
        return id;
    }

    long getUserId() {
        return userId;
    }

    NotificationKind getKind() {
        return kind;
    }

    String getSchoolName() {
        return schoolName;
    }

    String getActorName() {
        return actorName;
    }

    String getComment() {
        return comment;
    }

    String getLink() {
        return link;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getReadAt() {
        return readAt;
    }
}
