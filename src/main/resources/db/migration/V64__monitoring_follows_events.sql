-- Monitoring owns its tables, not other modules' (issue 19 point 4): the triggers that V43, V45, V47 and V62 put on
-- eleven tables of the pairing, people and schools modules go. The owning modules publish domain events inside the
-- writing transaction (pairing.PairChanged, pairing.FormsChanged, people.PersonChanged, people.PersonsMerged,
-- schools.SchoolChanged, schools.MunicipalityChanged, schools.StudentCountChanged) and monitoring.ReadModelEvents
-- recomputes the people concerned (involvement_refresh, unchanged) and writes the change rows just before that
-- transaction commits. involvement_rebuild() stays for the generator and the tests; monitoring_touch() for the nightly
-- upkeep; coverage_target is monitoring's own table and keeps its trigger.
drop trigger mentoring_pair_involvement on mentoring_pair;
drop trigger pair_mentee_involvement_insert on pair_mentee;
drop trigger pair_mentee_involvement_delete on pair_mentee;
drop function involvement_on_pair();
drop function involvement_on_mentees_inserted();
drop function involvement_on_mentees_deleted();

drop trigger monitoring_change on mentoring_pair;
drop trigger monitoring_change on pair_mentee;
drop trigger monitoring_change on person;
drop trigger monitoring_change on student_class;
drop trigger monitoring_change on student_count;
drop trigger monitoring_change on school;
drop trigger monitoring_change on municipality;
drop trigger monitoring_change on mentor_profile;
drop trigger monitoring_change on mentee_profile;
drop trigger monitoring_change on mentoring_form;
drop trigger monitoring_change on form_variation;
drop function monitoring_on_school_row();
drop function monitoring_on_pair_mentee();
drop function monitoring_on_student_class();
drop function monitoring_on_school();
drop function monitoring_on_everything();
drop function monitoring_school(bigint);
