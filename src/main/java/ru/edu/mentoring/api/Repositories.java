package ru.edu.mentoring.api;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ApiTokenRepository extends JpaRepository<ApiToken, Long> {

    Optional<ApiToken> findByTokenHash(String tokenHash);

    List<ApiToken> findAllByOrderByRevokedAtDescCreatedAtDesc();
}

interface ApiCallRepository extends JpaRepository<ApiCall, Long> {

    @Modifying
    @Query("delete from ApiCall c where c.at < :before")
    int deleteOlderThan(Instant before);

    interface LastCall {
        long getTokenId();

        Instant getAt();

        long getCalls();
    }

    @Query("select c.tokenId as tokenId, max(c.at) as at, count(c) as calls from ApiCall c group by c.tokenId")
    List<LastCall> lastCalls();
}
