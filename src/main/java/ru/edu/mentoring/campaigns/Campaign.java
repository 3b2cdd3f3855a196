package ru.edu.mentoring.campaigns;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/** A municipality's campaign for one academic year: a title, the stage deadlines and the trained-mentor level. */
@Entity
@Table(name = "campaign")
class Campaign {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "municipality_id", nullable = false, updatable = false)
    private long municipalityId;

    @Column(nullable = false)
    private String title;

    @Column(name = "academic_year", nullable = false)
    private int academicYear;

    @Column(name = "trained_share", nullable = false)
    private int trainedShare = 50;

    @Column(name = "curators_due", nullable = false)
    private LocalDate curatorsDue;

    @Column(name = "roadmaps_due", nullable = false)
    private LocalDate roadmapsDue;

    @Column(name = "informed_due", nullable = false)
    private LocalDate informedDue;

    @Column(name = "bases_due", nullable = false)
    private LocalDate basesDue;

    @Column(name = "trained_due", nullable = false)
    private LocalDate trainedDue;

    @Column(name = "pairs_due", nullable = false)
    private LocalDate pairsDue;

    @Column(name = "started_due", nullable = false)
    private LocalDate startedDue;

    @Version
    private long version;

    protected Campaign() {}

    Campaign(long municipalityId) {
        this.municipalityId = municipalityId;
    }

    void update(CampaignForm form) {
        this.title = form.getTitle().strip();
        this.academicYear = form.getAcademicYear();
        this.trainedShare = form.getTrainedShare();
        this.curatorsDue = form.getCuratorsDue();
        this.roadmapsDue = form.getRoadmapsDue();
        this.informedDue = form.getInformedDue();
        this.basesDue = form.getBasesDue();
        this.trainedDue = form.getTrainedDue();
        this.pairsDue = form.getPairsDue();
        this.startedDue = form.getStartedDue();
    }

    Map<Stage, LocalDate> deadlines() {
        Map<Stage, LocalDate> m = new EnumMap<>(Stage.class);
        m.put(Stage.CURATORS, curatorsDue);
        m.put(Stage.ROADMAP, roadmapsDue);
        m.put(Stage.INFORMED, informedDue);
        m.put(Stage.BASES, basesDue);
        m.put(Stage.TRAINED, trainedDue);
        m.put(Stage.PAIRS, pairsDue);
        m.put(Stage.STARTED, startedDue);
        return m;
    }

    Long getId() {
        return id;
    }

    long getMunicipalityId() {
        return municipalityId;
    }

    String getTitle() {
        return title;
    }

    int getAcademicYear() {
        return academicYear;
    }

    int getTrainedShare() {
        return trainedShare;
    }

    long getVersion() {
        return version;
    }
}
