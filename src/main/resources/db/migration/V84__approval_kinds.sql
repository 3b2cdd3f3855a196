-- Every kind of subject that goes through the one approval workflow (approval.SubjectKind). The modules merged
-- together each rewrote this check with their own kind only (V75 programmes, V78 practices, V80 nominations, V82
-- snapshots); the last one would have refused the others' transitions.
alter table approval_transition drop constraint approval_transition_kind;
alter table approval_transition add constraint approval_transition_kind
    check (subject_kind in ('ROADMAP', 'REPORT', 'PROGRAMME', 'PRACTICE', 'NOMINATION', 'SNAPSHOT'));
