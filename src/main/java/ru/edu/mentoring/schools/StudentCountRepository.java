package ru.edu.mentoring.schools;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface StudentCountRepository extends JpaRepository<StudentCount, StudentCount.Key> {

    @Query("select c from StudentCount c where c.key.schoolId = :school order by c.key.year desc")
    List<StudentCount> history(@Param("school") long schoolId);
}
