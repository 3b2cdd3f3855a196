package ru.edu.mentoring.documents;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface DocumentFileRepository extends JpaRepository<DocumentFile, UUID> {}

interface SchoolDocumentRepository extends JpaRepository<SchoolDocument, Long> {

    List<SchoolDocument> findBySchoolIdOrderByKindAscUploadedAtDesc(long schoolId);

    List<SchoolDocument> findBySchoolIdAndPublishedTrueOrderByKindAscUploadedAtDesc(long schoolId);

    List<SchoolDocument> findBySchoolIdIn(Collection<Long> schoolIds);

    boolean existsBySchoolId(long schoolId);
}

interface NewsRepository extends JpaRepository<NewsItem, Long> {

    List<NewsItem> findBySchoolIdOrderByDateDescIdDesc(long schoolId);
}

interface NormativeActRepository extends JpaRepository<NormativeAct, Long> {

    List<NormativeAct> findByMunicipalityIdOrderByPositionAscIdAsc(long municipalityId);
}
