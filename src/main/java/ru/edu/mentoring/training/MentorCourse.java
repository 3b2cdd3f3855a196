package ru.edu.mentoring.training;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/** A training course a mentor took: the programme (ДПП), provider, hours, dates and the document it gave. */
@Entity
@EntityListeners(TrainingChanges.class)
@Table(name = "mentor_course")
class MentorCourse {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "school_id", nullable = false)
    private long schoolId;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(nullable = false)
    private String title;

    private String provider;

    private Integer hours;

    @Column(name = "start_date")
    private LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    private LocalDate endDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "doc_type", nullable = false)
    private DocType docType;

    @Column(name = "doc_number")
    private String docNumber;

    @Column(name = "document_id")
    private Long documentId;

    @Version
    private long version;

    protected MentorCourse() {}

    MentorCourse(long schoolId, long personId, String title, String provider, Integer hours, LocalDate startDate,
            LocalDate endDate, DocType docType, String docNumber) {
        if (hours == null || hours <= 0) {
            throw new TrainingRuleException("course.hours.invalid");
        }
        if (endDate == null || (startDate != null && startDate.isAfter(endDate))) {
            throw new TrainingRuleException("course.dates.invalid");
        }
        this.schoolId = schoolId;
        this.personId = personId;
        this.title = title.strip();
        this.provider = MentorCandidate.blankToNull(provider);
        this.hours = hours;
        this.startDate = startDate;
        this.endDate = endDate;
        this.docType = docType == null ? DocType.OTHER : docType;
        this.docNumber = MentorCandidate.blankToNull(docNumber);
    }

    void attach(long documentId) {
        this.documentId = documentId;
    }

    /** Finished on or before the day: the mentor counts as trained from its end. */
    boolean finishedBy(LocalDate day) {
        return !endDate.isAfter(day);
    }

    public Long getId() {
        return id;
    }

    public long getSchoolId() {
        return schoolId;
    }

    public long getPersonId() {
        return personId;
    }

    public String getTitle() {
        return title;
    }

    public String getProvider() {
        return provider;
    }

    public Integer getHours() {
        return hours;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public DocType getDocType() {
        return docType;
    }

    public String getDocNumber() {
        return docNumber;
    }

    public Long getDocumentId() {
        return documentId;
    }

    public long getVersion() {
        return version;
    }
}
