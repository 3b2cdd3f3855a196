package ru.edu.mentoring.documents;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/** A news item or an announcement of the school's mentoring; always public. */
@Entity
@Table(name = "school_news")
class NewsItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "school_id", nullable = false, updatable = false)
    private long schoolId;

    @Column(name = "municipality_id", nullable = false, updatable = false)
    private long municipalityId;

    @Column(nullable = false)
    private String title;

    @Column(name = "news_date", nullable = false)
    private LocalDate date;

    @Column(nullable = false)
    private String body;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected NewsItem() {}

    NewsItem(long schoolId, long municipalityId, String title, LocalDate date, String body, Instant createdAt) {
        this.schoolId = schoolId;
        this.municipalityId = municipalityId;
        this.title = title.strip();
        this.date = date;
        this.body = body.strip();
        this.createdAt = createdAt;
    }

    Long getId() {
        return id;
    }

    long getSchoolId() {
        return schoolId;
    }

    long getMunicipalityId() {
        return municipalityId;
    }

    String getTitle() {
        return title;
    }

    LocalDate getDate() {
        return date;
    }

    String getBody() {
        return body;
    }

    long getVersion() {
        return version;
    }
}
