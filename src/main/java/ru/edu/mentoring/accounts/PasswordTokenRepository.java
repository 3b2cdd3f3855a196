package ru.edu.mentoring.accounts;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PasswordTokenRepository extends JpaRepository<PasswordToken, Long> {

    Optional<PasswordToken> findByTokenHash(String tokenHash);

    /** The token locked for its one use: two requests with one link cannot both set a password. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select t from PasswordToken t where t.tokenHash = :hash")
    Optional<PasswordToken> findForUse(@Param("hash") String tokenHash);

    /** Ends the user's links still open (a new link replaces them; a password set ends them all). */
    @Modifying
    @Query("update PasswordToken t set t.usedAt = :now where t.userId = :userId and t.usedAt is null")
    int endOpen(@Param("userId") long userId, @Param("now") Instant now);
}
