package ru.edu.mentoring.people;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import tools.jackson.databind.json.JsonMapper;

/** One upload of a people file to a school: who, when, what came of it, and the report of errors and notes. */
@Entity
@Table(name = "import_run")
class ImportRun {

    /** Written whole; good rows written and the others refused; refused whole (nothing written). */
    enum Status { DONE, PARTIAL, REJECTED }

    /** A line of the report: the row as the spreadsheet numbers it (null for the whole file), column and message. */
    record Line(Integer row, String column, String message) {}

    /**
     * A row naming a person the municipality already has (issue 16 point 5): the message, and the existing record's id
     * when it is of the importing school (the report links to it), else null (the message names only the school).
     */
    record Warning(Integer row, String message, Long personId) {}

    record Report(List<String> notes, List<Line> errors, List<Warning> warnings) {

        Report(List<String> notes, List<Line> errors) {
            this(notes, errors, List.of());
        }

        /** Reports written before warnings existed have none. */
        List<Warning> warningsOrNone() {
            return warnings == null ? List.of() : warnings;
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "school_id", nullable = false)
    private long schoolId;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(name = "user_name", nullable = false)
    private String userName;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "duration_ms", nullable = false)
    private long durationMs;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(name = "data_rows", nullable = false)
    private int dataRows;

    @Column(nullable = false)
    private int created;

    @Column(nullable = false)
    private int updated;

    @Column(nullable = false)
    private int unchanged;

    @Column(name = "error_count", nullable = false)
    private int errorCount;

    @Column(nullable = false)
    private String report;

    protected ImportRun() {}

    ImportRun(long schoolId, long userId, String userName, String fileName, Instant startedAt) {
        this.schoolId = schoolId;
        this.userId = userId;
        this.userName = userName;
        this.fileName = fileName.length() > 300 ? fileName.substring(0, 300) : fileName;
        this.startedAt = startedAt;
    }

    void finish(Status status, int dataRows, int created, int updated, int unchanged, Report report) {
        this.status = status;
        this.dataRows = dataRows;
        this.created = created;
        this.updated = updated;
        this.unchanged = unchanged;
        this.errorCount = report.errors().size();
        this.report = JSON.writeValueAsString(report);
        this.durationMs = Math.max(0, Instant.now().toEpochMilli() - startedAt.toEpochMilli());
    }

    Report report() {
        return JSON.readValue(report, Report.class);
    }

    public Long getId() {
        return id;
    }

    public long getSchoolId() {
        return schoolId;
    }

    public String getUserName() {
        return userName;
    }

    public String getFileName() {
        return fileName;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public long getDurationMs() {
        return durationMs;
    }

    public Status getStatus() {
        return status;
    }

    public boolean isDone() {
        return status == Status.DONE;
    }

    public boolean isPartial() {
        return status == Status.PARTIAL;
    }

    public int getDataRows() {
        return dataRows;
    }

    public int getCreated() {
        return created;
    }

    public int getUpdated() {
        return updated;
    }

    public int getUnchanged() {
        return unchanged;
    }

    public int getErrorCount() {
        return errorCount;
    }
}

interface ImportRunRepository extends JpaRepository<ImportRun, Long> {

    List<ImportRun> findTop20BySchoolIdOrderByIdDesc(long schoolId);

    Optional<ImportRun> findFirstBySchoolIdOrderByIdDesc(long schoolId);
}
