package ru.edu.mentoring.api;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One call of the API made with a token: the token, the method and path (no query), the status, when, how long. */
@Entity
@Table(name = "api_call")
class ApiCall {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "token_id", nullable = false, updatable = false)
    private long tokenId;

    @Column(nullable = false, updatable = false)
    private String method;

    @Column(nullable = false, updatable = false)
    private String path;

    @Column(nullable = false, updatable = false)
    private int status;

    @Column(nullable = false, updatable = false)
    private Instant at;

    @Column(name = "duration_ms", nullable = false, updatable = false)
    private int durationMs;

    protected ApiCall() {}

    ApiCall(long tokenId, String method, String path, int status, Instant at, int durationMs) {
        this.tokenId = tokenId;
        this.method = method;
        this.path = path;
        this.status = status;
        this.at = at;
        this.durationMs = durationMs;
    }
}
