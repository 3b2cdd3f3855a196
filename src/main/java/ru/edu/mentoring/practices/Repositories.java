package ru.edu.mentoring.practices;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import ru.edu.mentoring.approval.ApprovalStatus;

interface PracticeRepository extends JpaRepository<Practice, Long>, JpaSpecificationExecutor<Practice> {

    List<Practice> findBySchoolIdInOrderByUpdatedAtDesc(Collection<Long> schoolIds);

    List<Practice> findByMunicipalityIdOrderByUpdatedAtDesc(long municipalityId);

    List<Practice> findByMunicipalityIdAndApprovalStatusOrderByTitle(long municipalityId, ApprovalStatus status);

    long countByMunicipalityIdAndApprovalStatus(long municipalityId, ApprovalStatus status);

    List<Practice> findByMunicipalityIdAndApprovalStatus(long municipalityId, ApprovalStatus status,
            org.springframework.data.domain.Pageable page);

    List<Practice> findBySchoolIdAndApprovalStatusOrderByPublishedAtDescIdDesc(long schoolId, ApprovalStatus status);

    List<Practice> findByIdInAndApprovalStatusOrderByTitle(Collection<Long> ids, ApprovalStatus status);

    @Query("select p from Practice p order by p.updatedAt desc")
    List<Practice> everything();

    boolean existsBySchoolIdAndTitle(long schoolId, String title);
}

interface PracticeFileRepository extends JpaRepository<PracticeFile, Long> {

    @Query("select f.id as id, f.fileName as fileName, f.contentType as contentType, f.sizeBytes as sizeBytes"
            + " from PracticeFile f where f.practiceId = ?1 order by f.id")
    List<FileRow> rowsOf(long practiceId);

    long countByPracticeId(long practiceId);

    interface FileRow {
        Long getId();

        String getFileName();

        String getContentType();

        int getSizeBytes();
    }
}

interface PracticeEventRepository extends JpaRepository<PracticeEvent, Long> {

    List<PracticeEvent> findByMunicipalityIdOrderByEventDateDescIdDesc(long municipalityId);

    @Query("select e from PracticeEvent e join e.practiceIds p where p = ?1 order by e.eventDate desc")
    List<PracticeEvent> presenting(long practiceId);

    boolean existsByMunicipalityIdAndTitle(long municipalityId, String title);
}
