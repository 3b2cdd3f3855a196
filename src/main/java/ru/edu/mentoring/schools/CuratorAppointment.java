package ru.edu.mentoring.schools;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A curator (or a deputy curator) appointed to a school by an order of the school; the current ones have no end. A
 * school has at most one current curator; a user holds at most one current appointment per school.
 */
@Entity
@jakarta.persistence.EntityListeners(SchoolChanges.class)
@Table(name = "curator_appointment")
class CuratorAppointment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "school_id", nullable = false)
    private long schoolId;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(nullable = false)
    private AppointmentKind kind = AppointmentKind.CURATOR;

    @Column(name = "order_number", nullable = false)
    private String orderNumber;

    @Column(name = "order_date", nullable = false)
    private LocalDate orderDate;

    @Column(name = "appointed_at", nullable = false)
    private Instant appointedAt = Instant.now();

    @Column(name = "ended_at")
    private Instant endedAt;

    @Version
    private long version;

    /** Set by the constructor: a new appointment tells of itself once it is saved ({@link CuratorAppointed}). */
    @jakarta.persistence.Transient
    private boolean announce;

    protected CuratorAppointment() {}

    CuratorAppointment(long schoolId, long userId, AppointmentKind kind, String orderNumber, LocalDate orderDate) {
        this.kind = kind;
        this.schoolId = schoolId;
        this.userId = userId;
        this.orderNumber = orderNumber;
        this.orderDate = orderDate;
        this.announce = true;
    }

    @org.springframework.data.domain.DomainEvents
    java.util.List<CuratorAppointed> domainEvents() {
        return announce ? java.util.List.of(new CuratorAppointed(schoolId, userId, kind == AppointmentKind.DEPUTY,
                orderNumber, orderDate)) : java.util.List.of();
    }

    @org.springframework.data.domain.AfterDomainEventPublication
    void eventsPublished() {
        announce = false;
    }

    void end() {
        this.endedAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public AppointmentKind getKind() {
        return kind;
    }

    public long getSchoolId() {
        return schoolId;
    }

    public long getUserId() {
        return userId;
    }

    public String getOrderNumber() {
        return orderNumber;
    }

    public LocalDate getOrderDate() {
        return orderDate;
    }
}
