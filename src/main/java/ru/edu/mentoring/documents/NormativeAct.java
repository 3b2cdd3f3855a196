package ru.edu.mentoring.documents;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/** A federal, regional or municipal act on the municipality's public page; kept by the department. */
@Entity
@Table(name = "normative_act")
class NormativeAct {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "municipality_id", nullable = false, updatable = false)
    private long municipalityId;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private String title;

    private String number;

    @Column(name = "act_date")
    private LocalDate actDate;

    private String link;

    @Version
    private long version;

    protected NormativeAct() {}

    NormativeAct(long municipalityId, int position) {
        this.municipalityId = municipalityId;
        this.position = position;
    }

    void update(String title, String number, LocalDate actDate, String link) {
        this.title = title.strip();
        this.number = blankToNull(number);
        this.actDate = actDate;
        this.link = blankToNull(link);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    Long getId() {
        return id;
    }

    long getMunicipalityId() {
        return municipalityId;
    }

    int getPosition() {
        return position;
    }

    String getTitle() {
        return title;
    }

    String getNumber() {
        return number;
    }

    LocalDate getActDate() {
        return actDate;
    }

    String getLink() {
        return link;
    }

    long getVersion() {
        return version;
    }
}
