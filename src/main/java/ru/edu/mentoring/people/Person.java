package ru.edu.mentoring.people;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.Locale;

@Entity
@jakarta.persistence.EntityListeners(MentorBaseChanges.class)
@Table(name = "person")
class Person {

    /** «Молодой специалист»: up to three full years of teaching. */
    static final int YOUNG_SPECIALIST_YEARS = 3;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "person_id")
    // the identity column's own sequence, stepping by 50 (V83): an import's persons are inserted in JDBC batches
    @jakarta.persistence.SequenceGenerator(name = "person_id", sequenceName = "person_id_seq", allocationSize = 50)
    private Long id;

    @Column(name = "school_id", nullable = false)
    private long schoolId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PersonKind kind;

    @Column(name = "last_name", nullable = false)
    private String lastName;

    @Column(name = "first_name", nullable = false)
    private String firstName;

    @Column(name = "middle_name")
    private String middleName;

    @Column(name = "search_name", nullable = false)
    private String searchName;

    @Column(name = "birth_date")
    private LocalDate birthDate;

    @Column(name = "external_key")
    private String externalKey;

    private String position;

    private String subjects;

    @Column(name = "teaching_since")
    private LocalDate teachingSince;

    @Column(name = "new_staff", nullable = false)
    private boolean newStaff;

    @Enumerated(EnumType.STRING)
    @Column(name = "external_kind")
    private ExternalKind externalKind;

    private String organisation;

    @Column(name = "create_token")
    private java.util.UUID createToken;

    @Column(name = "processing_stopped_on")
    private LocalDate processingStoppedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "processing_stop_reason")
    private ProcessingStop processingStopReason;

    @Column(name = "anonymised_on")
    private LocalDate anonymisedOn;

    /** The academic year (its starting year) in which the student finished grade 11, or null: «выпускник Y/Y+1». */
    @Column(name = "graduated_in")
    private Integer graduatedIn;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.now();

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt = Instant.now();

    @Version
    private long version;

    /** The school this person left in the current transaction (a transfer), for {@link PersonChanged}. */
    @jakarta.persistence.Transient
    private Long formerSchoolId;

    protected Person() {}

    Person(long schoolId, PersonKind kind) {
        this.schoolId = schoolId;
        this.kind = kind;
    }

    Person(long schoolId, PersonKind kind, java.util.UUID createToken) {
        this(schoolId, kind);
        this.createToken = createToken;
    }

    void rename(String lastName, String firstName, String middleName) {
        this.lastName = lastName.strip();
        this.firstName = firstName.strip();
        this.middleName = middleName == null || middleName.isBlank() ? null : middleName.strip();
        this.searchName = searchKey(fullName());
        this.updatedAt = Instant.now();
    }

    void details(LocalDate birthDate, String externalKey, String position, String subjects, LocalDate teachingSince,
            boolean newStaff, ExternalKind externalKind, String organisation) {
        this.birthDate = birthDate;
        this.externalKey = blankToNull(externalKey);
        this.position = kind == PersonKind.TEACHER ? blankToNull(position) : null;
        this.subjects = kind == PersonKind.TEACHER ? blankToNull(subjects) : null;
        this.teachingSince = kind == PersonKind.TEACHER ? teachingSince : null;
        this.newStaff = kind == PersonKind.TEACHER && newStaff;
        this.externalKind = kind == PersonKind.EXTERNAL ? externalKind : null;
        this.organisation = kind == PersonKind.EXTERNAL ? blankToNull(organisation) : null;
        this.updatedAt = Instant.now();
    }

    /** The person moves to another school; the school-specific key is left behind. */
    void moveTo(long schoolId) {
        if (this.schoolId != schoolId && formerSchoolId == null) {
            formerSchoolId = this.schoolId;
        }
        this.schoolId = schoolId;
        this.externalKey = null;
        this.updatedAt = Instant.now();
    }

    /** The student finished grade 11 in the academic year starting in {@code academicYear}. */
    void graduate(int academicYear) {
        if (graduatedIn == null) {
            graduatedIn = academicYear;
            updatedAt = Instant.now();
        }
    }

    /**
     * The person withdrew consent, or the term of their last consent ended, and no other is in force: no more
     * processing, out of lists and bases.
     */
    void stopProcessing(LocalDate on, ProcessingStop reason) {
        if (processingStoppedOn == null) {
            processingStoppedOn = on;
            processingStopReason = reason;
            updatedAt = Instant.now();
        }
    }

    /** Whether processing stopped (withdrawal, expiry, anonymisation): the person's data are read-only. */
    boolean processingStopped() {
        return processingStoppedOn != null;
    }

    /** A new consent was given: the person may be processed (and included in bases) again. */
    void resumeProcessing() {
        if (processingStoppedOn != null && anonymisedOn == null) {
            processingStoppedOn = null;
            processingStopReason = null;
            updatedAt = Instant.now();
        }
    }

    /**
     * Destroys what identifies the person and keeps what the aggregate counts need (kind, school, classes by year,
     * teaching start, participations): the name becomes a pseudonym built from the record number.
     */
    void anonymise(LocalDate on, String pseudonymLastName) {
        this.lastName = pseudonymLastName;
        this.firstName = "№ " + id;
        this.middleName = null;
        this.searchName = searchKey(fullName());
        this.birthDate = null;
        this.externalKey = null;
        this.position = null;
        this.subjects = null;
        this.organisation = null;
        this.createToken = null;
        this.anonymisedOn = on;
        if (processingStoppedOn == null) {
            processingStoppedOn = on;
        }
        this.updatedAt = Instant.now();
    }

    /** Lower case with «ё» as «е», for search and Russian sorting. */
    /** A merge gives the kept record the removed one's birth date when it has none. */
    void takeBirthDate(LocalDate birthDate) {
        this.birthDate = birthDate;
        this.updatedAt = Instant.now();
    }

    static String searchKey(String text) {
        return SPACES.matcher(text.toLowerCase(Locale.ROOT).replace('ё', 'е')).replaceAll(" ").strip();
    }

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    /**
     * The items in Russian name order ({@link #searchKey} of their full name, then their id), each key computed once:
     * a school's base of 3,000 people sorted with the key computed in the comparator cost ~70,000 keys a page.
     */
    static <T> java.util.List<T> sortedByName(java.util.Collection<T> items, java.util.function.Function<T, String> fullName,
            java.util.function.ToLongFunction<T> id) {
        record Keyed<E>(String key, long id, E item) {}
        return items.stream()
                .map(i -> new Keyed<>(searchKey(fullName.apply(i)), id.applyAsLong(i), i))
                .sorted(java.util.Comparator.comparing((Keyed<T> k) -> k.key()).thenComparingLong(Keyed::id))
                .map(Keyed::item)
                .toList();
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    String fullName() {
        return fullName(lastName, firstName, middleName);
    }

    static String fullName(String lastName, String firstName, String middleName) {
        return middleName == null ? lastName + " " + firstName : lastName + " " + firstName + " " + middleName;
    }

    /** 0–3 full years of teaching on the date. */
    boolean youngSpecialistOn(LocalDate date) {
        return youngSpecialistOn(kind, teachingSince, date);
    }

    static boolean youngSpecialistOn(PersonKind kind, LocalDate teachingSince, LocalDate date) {
        return kind == PersonKind.TEACHER && teachingSince != null && !teachingSince.isAfter(date)
                && Period.between(teachingSince, date).getYears() <= YOUNG_SPECIALIST_YEARS;
    }

    Category category() {
        return Category.of(kind, externalKind);
    }

    public Long getId() {
        return id;
    }

    Long formerSchoolId() {
        return formerSchoolId;
    }

    public long getSchoolId() {
        return schoolId;
    }

    public PersonKind getKind() {
        return kind;
    }

    public String getLastName() {
        return lastName;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getMiddleName() {
        return middleName;
    }

    String getSearchName() {
        return searchName;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public String getExternalKey() {
        return externalKey;
    }

    public String getPosition() {
        return position;
    }

    public String getSubjects() {
        return subjects;
    }

    public LocalDate getTeachingSince() {
        return teachingSince;
    }

    public boolean isNewStaff() {
        return newStaff;
    }

    public ExternalKind getExternalKind() {
        return externalKind;
    }

    public String getOrganisation() {
        return organisation;
    }

    public LocalDate getProcessingStoppedOn() {
        return processingStoppedOn;
    }

    public ProcessingStop getProcessingStopReason() {
        return processingStopReason;
    }

    public LocalDate getAnonymisedOn() {
        return anonymisedOn;
    }

    public Integer getGraduatedIn() {
        return graduatedIn;
    }

    public long getVersion() {
        return version;
    }
}
