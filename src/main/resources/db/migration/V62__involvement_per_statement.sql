-- The involvement read model (V43, V44) refreshed once per statement for a pair's mentees (issue 16 point 12): a pair
-- registered with 28 mentees refreshed its mentees 57 times (once for the pair, then once per mentee row); the demo
-- load spent most of its database time there. The rule and its result are unchanged:
-- * mentees inserted or deleted: one refresh per statement for all of them (transition tables), drafts left out as
--   before (a pair already gone, a cascade, still gets its mentees recomputed);
-- * a pair inserted: its mentor only, since its mentees can only be inserted after it (foreign key) and their own
--   statement trigger refreshes them; an update or a delete of a pair refreshes the mentor and the mentees as before.
create or replace function involvement_on_pair() returns trigger language plpgsql as $$
declare
    ids bigint[];
begin
    if tg_op = 'INSERT' and new.status = 'DRAFT' or tg_op = 'DELETE' and old.status = 'DRAFT'
       or tg_op = 'UPDATE' and old.status = 'DRAFT' and new.status = 'DRAFT' then
        return null;
    end if;
    if tg_op = 'UPDATE' and old.status = new.status and old.start_date = new.start_date
       and old.end_date is not distinct from new.end_date and old.school_id = new.school_id
       and old.form_id = new.form_id and old.mentor_id = new.mentor_id then
        return null;
    end if;
    if tg_op = 'DELETE' then
        ids := array[old.mentor_id] || array(select person_id from pair_mentee where pair_id = old.id);
    elsif tg_op = 'INSERT' then
        ids := array[new.mentor_id];
    else
        ids := array[old.mentor_id, new.mentor_id] || array(select person_id from pair_mentee where pair_id = new.id);
    end if;
    perform involvement_refresh(ids);
    return null;
end;
$$;

create function involvement_on_mentees_inserted() returns trigger language plpgsql as $$
declare
    ids bigint[] := array(select distinct n.person_id from involvement_new_mentees n
                           where not exists (select 1 from mentoring_pair mp
                                              where mp.id = n.pair_id and mp.status = 'DRAFT'));
begin
    if cardinality(ids) > 0 then
        perform involvement_refresh(ids);
    end if;
    return null;
end;
$$;

create function involvement_on_mentees_deleted() returns trigger language plpgsql as $$
declare
    ids bigint[] := array(select distinct o.person_id from involvement_old_mentees o
                           where not exists (select 1 from mentoring_pair mp
                                              where mp.id = o.pair_id and mp.status = 'DRAFT'));
begin
    if cardinality(ids) > 0 then
        perform involvement_refresh(ids);
    end if;
    return null;
end;
$$;

drop trigger pair_mentee_involvement on pair_mentee;
drop function involvement_on_mentee();
create trigger pair_mentee_involvement_insert after insert on pair_mentee
    referencing new table as involvement_new_mentees
    for each statement execute function involvement_on_mentees_inserted();
create trigger pair_mentee_involvement_delete after delete on pair_mentee
    referencing old table as involvement_old_mentees
    for each statement execute function involvement_on_mentees_deleted();
