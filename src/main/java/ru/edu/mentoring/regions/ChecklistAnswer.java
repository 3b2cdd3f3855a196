package ru.edu.mentoring.regions;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A school's answer to a checklist item the portal cannot fill: yes or no, with a link or a note on the file. */
@Entity
@Table(name = "checklist_answer")
class ChecklistAnswer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "school_id", nullable = false)
    private long schoolId;

    @Column(name = "item_code", nullable = false)
    private String itemCode;

    @Column(nullable = false)
    private boolean answer;

    private String evidence;

    @Column(name = "answered_by")
    private Long answeredBy;

    @Column(name = "answered_at", nullable = false)
    private Instant answeredAt;

    @Version
    private long version;

    protected ChecklistAnswer() {}

    ChecklistAnswer(long schoolId, String itemCode) {
        this.schoolId = schoolId;
        this.itemCode = itemCode;
    }

    void answer(boolean answer, String evidence, Long userId, Instant at) {
        this.answer = answer;
        this.evidence = evidence;
        this.answeredBy = userId;
        this.answeredAt = at;
    }

    Long getId() {
        return id;
    }

    long getSchoolId() {
        return schoolId;
    }

    String getItemCode() {
        return itemCode;
    }

    boolean isAnswer() {
        return answer;
    }

    String getEvidence() {
        return evidence;
    }

    Long getAnsweredBy() {
        return answeredBy;
    }

    Instant getAnsweredAt() {
        return answeredAt;
    }

    long getVersion() {
        return version;
    }
}
