-- V60 moved roadmap and report transitions into approval_transition and dropped their two tables; the audit scope
-- function of V55 named them, and a SQL function is planned whole, so every audit insert would fail. Redefined without
-- them: an approval transition carries its school itself (audit_event.school_id is set by the writer), and for a row
-- written without it the school is read from approval_transition.
create or replace function audit_school_of(p_entity varchar, p_entity_id varchar) returns bigint language sql stable as $$
    select case p_entity
        when 'School' then (select s.id from school s where s.id = audit_id(p_entity_id))
        when 'RoadmapMeasure' then (select r.school_id from roadmap_measure m join roadmap r on r.id = m.roadmap_id
                                     where m.id = audit_id(p_entity_id))
        when 'ApprovalTransition' then (select t.school_id from approval_transition t where t.id = audit_id(p_entity_id))
        when 'RoadmapRevision' then (select r.school_id from roadmap_revision v join roadmap r on r.id = v.roadmap_id
                                      where v.id = audit_id(p_entity_id))
        when 'Consent' then (select p.school_id from consent c join person p on p.id = c.person_id
                              where c.id = audit_id(p_entity_id))
        when 'MenteeProfile' then (select p.school_id from person p where p.id = audit_id(p_entity_id))
        when 'MentorProfile' then (select p.school_id from person p where p.id = audit_id(p_entity_id))
        when 'StudentClass' then (select p.school_id from person p
                                   where p.id = audit_id(p_entity_id))
        when 'StudentCount' then (select s.id from school s
                                   where s.id = audit_id(p_entity_id))
        else null end
$$;
