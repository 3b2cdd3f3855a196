package ru.edu.mentoring.accounts;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    @EntityGraph(attributePaths = {"roles", "schoolIds"})
    Optional<UserAccount> findByUsernameIgnoreCase(String username);

    @EntityGraph(attributePaths = {"roles", "schoolIds"})
    Optional<UserAccount> findWithDetailsById(long id);

    boolean existsByUsernameIgnoreCase(String username);

    @EntityGraph(attributePaths = {"roles", "schoolIds"})
    List<UserAccount> findByEmailIgnoreCase(String email);

    @Query("select count(u) > 0 from UserAccount u join u.roles r where r = ru.edu.mentoring.accounts.Role.ADMIN"
            + " and u.enabled = true")
    boolean anyEnabledAdministrator();

    @Query(value = "select u from UserAccount u where (:q = '' or lower(u.username) like :q escape '\\'"
                    + " or lower(u.fullName) like :q escape '\\')",
            countQuery = "select count(u) from UserAccount u where (:q = '' or lower(u.username) like :q escape '\\'"
                    + " or lower(u.fullName) like :q escape '\\')")
    Page<UserAccount> search(@Param("q") String likePattern, Pageable pageable);

    @Query("select distinct u from UserAccount u join u.roles r where r = :role"
            + " and (u.municipalityId = :municipalityId or u.municipalityId is null) and u.enabled = true"
            + " order by u.fullName")
    List<UserAccount> findEnabledWithRole(@Param("role") Role role, @Param("municipalityId") long municipalityId);

    List<UserAccount> findByIdIn(Collection<Long> ids);

    @EntityGraph(attributePaths = {"roles"})
    @Query("select u from UserAccount u join u.schoolIds s where s = :schoolId and u.enabled = true"
            + " order by u.fullName, u.id")
    List<UserAccount> findEnabledAtSchool(@Param("schoolId") long schoolId);

    @Query("select distinct u.id from UserAccount u join u.roles r join u.schoolIds s where r = :role"
            + " and s = :schoolId and u.enabled = true order by u.id")
    List<Long> findEnabledWithRoleAtSchool(@Param("role") Role role, @Param("schoolId") long schoolId);
}
