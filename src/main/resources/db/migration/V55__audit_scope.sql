-- Audit trail readable by the department (issue 16 point 7): every row carries its school (when there is one) and
-- its municipality, found here for every writer (JPA listener, plain-SQL writers, batched reads) alike.
alter table audit_event add column municipality_id bigint;

-- The (first) number in an audited id: the id itself, or the school of a StudentCount («8:2026», formerly
-- «Key[schoolId=8, year=2026]»), the person of a StudentClass.
create function audit_id(p_entity_id varchar) returns bigint language sql immutable as $$
    select substring(p_entity_id from '(\d{1,18})')::bigint
$$;

-- The school an audited object belongs to, for objects that do not carry it themselves.
create function audit_school_of(p_entity varchar, p_entity_id varchar) returns bigint language sql stable as $$
    select case p_entity
        when 'School' then (select s.id from school s where s.id = audit_id(p_entity_id))
        when 'RoadmapMeasure' then (select r.school_id from roadmap_measure m join roadmap r on r.id = m.roadmap_id
                                     where m.id = audit_id(p_entity_id))
        when 'RoadmapTransition' then (select r.school_id from roadmap_transition t join roadmap r on r.id = t.roadmap_id
                                        where t.id = audit_id(p_entity_id))
        when 'RoadmapRevision' then (select r.school_id from roadmap_revision v join roadmap r on r.id = v.roadmap_id
                                      where v.id = audit_id(p_entity_id))
        when 'ReportTransition' then (select r.school_id from school_report_transition t
                                       join school_report r on r.id = t.report_id where t.id = audit_id(p_entity_id))
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

-- The municipality of an object that belongs to one but to no school; else that of the acting account.
create function audit_municipality_of(p_entity varchar, p_entity_id varchar, p_school bigint, p_username varchar)
        returns bigint language sql stable as $$
    select coalesce(
        (select s.municipality_id from school s where s.id = p_school),
        case p_entity
            when 'Municipality' then (select m.id from municipality m where m.id = audit_id(p_entity_id))
            when 'Campaign' then (select c.municipality_id from campaign c where c.id = audit_id(p_entity_id))
            when 'CoverageTarget' then (select t.municipality_id from coverage_target t where t.id = audit_id(p_entity_id))
            when 'MunicipalSection' then (select t.municipality_id from municipal_section t where t.id = audit_id(p_entity_id))
            when 'MunicipalMeasure' then (select t.municipality_id from municipal_measure m
                                           join municipal_section t on t.id = m.section_id where m.id = audit_id(p_entity_id))
            when 'NormativeAct' then (select t.municipality_id from normative_act t where t.id = audit_id(p_entity_id))
            when 'UserAccount' then (select u.municipality_id from app_user u where u.id = audit_id(p_entity_id))
            else null end,
        (select u.municipality_id from app_user u where u.username = p_username))
$$;

create function audit_event_scope() returns trigger language plpgsql as $$
begin
    if new.school_id is null then
        new.school_id := audit_school_of(new.entity, new.entity_id);
    end if;
    if new.municipality_id is null then
        new.municipality_id := audit_municipality_of(new.entity, new.entity_id, new.school_id, new.username);
    end if;
    return new;
end;
$$;
create trigger audit_event_scope before insert on audit_event for each row execute function audit_event_scope();

-- The rows written before: scoped the same way (the append-only trigger steps aside for this one statement).
alter table audit_event disable trigger audit_event_no_update_delete;
update audit_event set school_id = coalesce(school_id, audit_school_of(entity, entity_id))
 where school_id is null;
update audit_event set municipality_id = audit_municipality_of(entity, entity_id, school_id, username);
alter table audit_event enable trigger audit_event_no_update_delete;

create index audit_event_municipality_idx on audit_event (municipality_id, at desc, id desc);
