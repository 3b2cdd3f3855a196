package ru.edu.mentoring.pairing;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

/**
 * A mentoring pair or group: one mentor, one or more mentees, in one form. Its status moves only through the guarded
 * methods {@link #activate()}, {@link #complete} and {@link #terminate}.
 */
@Entity
@jakarta.persistence.EntityListeners(PairChanges.class)
@Table(name = "mentoring_pair")
class MentoringPair {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "school_id", nullable = false)
    private long schoolId;

    @Column(name = "form_id", nullable = false)
    private long formId;

    @Column(name = "variation_id")
    private Long variationId;

    @Column(name = "mentor_id", nullable = false)
    private long mentorId;

    @ElementCollection
    @CollectionTable(name = "pair_mentee", joinColumns = @JoinColumn(name = "pair_id"))
    @Column(name = "person_id", nullable = false)
    private Set<Long> menteeIds = new LinkedHashSet<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "teacher_format")
    private TeacherFormat teacherFormat;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "planned_end", nullable = false)
    private LocalDate plannedEnd;

    @Column(name = "end_date")
    private LocalDate endDate;

    @Column(nullable = false)
    private String goal;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PairStatus status = PairStatus.DRAFT;

    @Column(name = "termination_reason")
    private String terminationReason;

    private String result;

    @Column(name = "order_number")
    private String orderNumber;

    @Column(name = "order_date")
    private LocalDate orderDate;

    @Column(name = "create_token")
    private UUID createToken;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.now();

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt = Instant.now();

    @Version
    private long version;

    /** People who left the pair in this transaction (a mentee dropped, a mentor replaced), for {@link PairChanged}. */
    @jakarta.persistence.Transient
    private final Set<Long> formerParticipants = new java.util.HashSet<>();

    protected MentoringPair() {}

    MentoringPair(long schoolId, UUID createToken) {
        this.schoolId = schoolId;
        this.createToken = createToken;
    }

    /** A new pair as the command defines it: a draft, or active at once. */
    static MentoringPair register(long schoolId, PairCommand command, TeacherFormat format, boolean activate) {
        MentoringPair pair = new MentoringPair(schoolId, command.token());
        pair.define(command, format);
        pair.fixByOrder(command.orderNumber(), command.orderDate());
        if (activate) {
            pair.activate();
        }
        return pair;
    }

    /** A draft's form, participants and dates as the command says. */
    void define(PairCommand command, TeacherFormat format) {
        define(command.formId(), command.variationId(), command.mentorId(), command.menteeIds(), format,
                command.startDate(), command.plannedEnd(), command.goal());
    }

    /** Form, participants and dates: only while a draft. */
    void define(long formId, Long variationId, long mentorId, Set<Long> menteeIds, TeacherFormat format,
            LocalDate startDate, LocalDate plannedEnd, String goal) {
        requireStatus(PairStatus.DRAFT);
        if (id != null) {
            formerParticipants.add(this.mentorId);
            formerParticipants.addAll(this.menteeIds);
        }
        this.formId = formId;
        this.variationId = variationId;
        this.mentorId = mentorId;
        this.menteeIds.clear();
        this.menteeIds.addAll(menteeIds);
        this.teacherFormat = format;
        this.startDate = startDate;
        this.plannedEnd = plannedEnd;
        this.goal = goal.strip();
        touch();
    }

    /** What may change while the pair runs: its goal, planned end and the order that fixed it. */
    void amend(LocalDate plannedEnd, String goal, String orderNumber, LocalDate orderDate) {
        if (status != PairStatus.DRAFT && status != PairStatus.ACTIVE) {
            throw new PairStateException("pair.error.closed");
        }
        this.plannedEnd = plannedEnd;
        this.goal = goal.strip();
        fixByOrder(orderNumber, orderDate);
    }

    /** The pair's free text may name a person who was anonymised: goal, result and termination reason go. */
    void clearTexts() {
        this.goal = CLEARED;
        this.result = result == null ? null : CLEARED;
        this.terminationReason = terminationReason == null ? null : CLEARED;
    }

    static final String CLEARED = "—";

    void keepTerminationReason(String reason) {
        this.terminationReason = reason;
    }

    void fixByOrder(String orderNumber, LocalDate orderDate) {
        this.orderNumber = orderNumber == null || orderNumber.isBlank() ? null : orderNumber.strip();
        this.orderDate = this.orderNumber == null ? null : orderDate;
        touch();
    }

    void activate() {
        requireStatus(PairStatus.DRAFT);
        status = PairStatus.ACTIVE;
        touch();
    }

    void complete(LocalDate on, String result) {
        requireStatus(PairStatus.ACTIVE);
        requireEndNotBeforeStart(on);
        if (result == null || result.isBlank()) {
            throw new PairStateException("pair.error.resultRequired");
        }
        status = PairStatus.COMPLETED;
        endDate = on;
        this.result = result.strip();
        touch();
    }

    void terminate(LocalDate on, String reason) {
        requireStatus(PairStatus.ACTIVE);
        requireEndNotBeforeStart(on);
        if (reason == null || reason.isBlank()) {
            throw new PairStateException("pair.error.reasonRequired");
        }
        status = PairStatus.TERMINATED;
        endDate = on;
        terminationReason = reason.strip();
        touch();
    }

    private void requireEndNotBeforeStart(LocalDate on) {
        if (on == null || on.isBefore(startDate)) {
            throw new PairStateException("pair.error.endBeforeStart");
        }
    }

    private void requireStatus(PairStatus expected) {
        if (status != expected) {
            throw new PairStateException("pair.error.status." + expected.name());
        }
    }

    private void touch() {
        updatedAt = Instant.now();
    }

    boolean isGroup() {
        return menteeIds.size() > 1;
    }

    /**
     * A group that goes on without someone: a new active pair of the same form, mentor, goal and order with the other
     * mentees, from the given day.
     */
    MentoringPair continuedWithout(Set<Long> others, LocalDate from) {
        MentoringPair rest = new MentoringPair(schoolId, null);
        rest.define(formId, variationId, mentorId, others, teacherFormat, from, plannedEnd, goal);
        rest.fixByOrder(orderNumber, orderDate);
        rest.activate();
        return rest;
    }

    /** What the pair's listeners publish about this write. */
    PairChanged changed() {
        return new PairChanged(schoolId, id, status == PairStatus.DRAFT, formerParticipants);
    }

    public Long getId() {
        return id;
    }

    public long getSchoolId() {
        return schoolId;
    }

    public long getFormId() {
        return formId;
    }

    public Long getVariationId() {
        return variationId;
    }

    public long getMentorId() {
        return mentorId;
    }

    public Set<Long> getMenteeIds() {
        return menteeIds;
    }

    public TeacherFormat getTeacherFormat() {
        return teacherFormat;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getPlannedEnd() {
        return plannedEnd;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public String getGoal() {
        return goal;
    }

    public PairStatus getStatus() {
        return status;
    }

    public String getTerminationReason() {
        return terminationReason;
    }

    public String getResult() {
        return result;
    }

    public String getOrderNumber() {
        return orderNumber;
    }

    public LocalDate getOrderDate() {
        return orderDate;
    }

    UUID getCreateToken() {
        return createToken;
    }

    public long getVersion() {
        return version;
    }
}
