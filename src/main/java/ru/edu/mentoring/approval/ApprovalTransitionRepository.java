package ru.edu.mentoring.approval;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ApprovalTransitionRepository extends JpaRepository<ApprovalTransition, Long> {

    List<ApprovalTransition> findByKindAndSubjectIdOrderByAtDescIdDesc(SubjectKind kind, long subjectId);

    java.util.Optional<ApprovalTransition> findFirstByKindAndSubjectIdOrderByAtDescIdDesc(SubjectKind kind,
            long subjectId);
}
