-- The read model of coverage (module: monitoring): who took part in mentoring, per calendar year, school and form,
-- and from which day of that year. Kept by triggers on pairs and their mentees in the same transaction as the change,
-- so every writer (the app, imports, SQL) keeps it true, and a dashboard counts rows instead of walking every pair.
--
-- The rule is the one the dashboards used to compute on the fly: a person is involved in year y from
-- first_day = greatest(1 January y, the earliest start of their non-draft pairs that overlap y); a pair overlaps the
-- years from its start to its end (an open pair: to the current year, and one year ahead so that New Year needs no
-- job — the nightly job adds the new year anyway). Coverage as of a date d of year y counts the rows with
-- first_day <= d.
create table involvement (
    year      int     not null,
    school_id bigint  not null,
    person_id bigint  not null,
    student   boolean not null,
    first_day date    not null,
    primary key (school_id, year, person_id)
);
create index involvement_person_idx on involvement (person_id);
create index involvement_year_idx on involvement (year, school_id) include (first_day, student, person_id);

create table involvement_form (
    year      int     not null,
    school_id bigint  not null,
    form_id   bigint  not null,
    person_id bigint  not null,
    student   boolean not null,
    first_day date    not null,
    primary key (school_id, year, form_id, person_id)
);
create index involvement_form_person_idx on involvement_form (person_id);

-- Recomputes both tables for the given people from their pairs.
create function involvement_refresh(ids bigint[]) returns void language plpgsql as $$
begin
    delete from involvement where person_id = any (ids);
    delete from involvement_form where person_id = any (ids);
    insert into involvement_form (year, school_id, form_id, person_id, student, first_day)
    select y, x.school_id, x.form_id, x.person_id, bool_or(per.kind = 'STUDENT'),
           min(greatest(make_date(y, 1, 1), x.start_date))
      from (select mp.school_id, mp.form_id, mp.mentor_id as person_id, mp.start_date, mp.end_date
              from mentoring_pair mp where mp.status <> 'DRAFT' and mp.mentor_id = any (ids)
            union all
            select mp.school_id, mp.form_id, pm.person_id, mp.start_date, mp.end_date
              from pair_mentee pm join mentoring_pair mp on mp.id = pm.pair_id
             where mp.status <> 'DRAFT' and pm.person_id = any (ids)) x
      join person per on per.id = x.person_id
     cross join lateral generate_series(extract(year from x.start_date)::int,
           coalesce(extract(year from x.end_date)::int,
                    greatest(extract(year from current_date)::int, extract(year from x.start_date)::int) + 1)) as y
     group by y, x.school_id, x.form_id, x.person_id;
    insert into involvement (year, school_id, person_id, student, first_day)
    select year, school_id, person_id, bool_or(student), min(first_day)
      from involvement_form where person_id = any (ids)
     group by year, school_id, person_id;
end;
$$;

-- Everyone at once: after a bulk load (the generator) and once a night, when an open pair enters a new year.
create function involvement_rebuild() returns void language plpgsql as $$
begin
    truncate involvement, involvement_form;
    insert into involvement_form (year, school_id, form_id, person_id, student, first_day)
    select y, x.school_id, x.form_id, x.person_id, bool_or(per.kind = 'STUDENT'),
           min(greatest(make_date(y, 1, 1), x.start_date))
      from (select mp.school_id, mp.form_id, mp.mentor_id as person_id, mp.start_date, mp.end_date
              from mentoring_pair mp where mp.status <> 'DRAFT'
            union all
            select mp.school_id, mp.form_id, pm.person_id, mp.start_date, mp.end_date
              from pair_mentee pm join mentoring_pair mp on mp.id = pm.pair_id where mp.status <> 'DRAFT') x
      join person per on per.id = x.person_id
     cross join lateral generate_series(extract(year from x.start_date)::int,
           coalesce(extract(year from x.end_date)::int,
                    greatest(extract(year from current_date)::int, extract(year from x.start_date)::int) + 1)) as y
     group by y, x.school_id, x.form_id, x.person_id;
    insert into involvement (year, school_id, person_id, student, first_day)
    select year, school_id, person_id, bool_or(student), min(first_day)
      from involvement_form group by year, school_id, person_id;
    analyze involvement;
    analyze involvement_form;
end;
$$;

create function involvement_on_pair() returns trigger language plpgsql as $$
declare
    ids bigint[];
begin
    if tg_op = 'UPDATE' and old.status = new.status and old.start_date = new.start_date
       and old.end_date is not distinct from new.end_date and old.school_id = new.school_id
       and old.form_id = new.form_id and old.mentor_id = new.mentor_id then
        return null;
    end if;
    if tg_op = 'DELETE' then
        ids := array[old.mentor_id] || array(select person_id from pair_mentee where pair_id = old.id);
    elsif tg_op = 'INSERT' then
        ids := array[new.mentor_id] || array(select person_id from pair_mentee where pair_id = new.id);
    else
        ids := array[old.mentor_id, new.mentor_id] || array(select person_id from pair_mentee where pair_id = new.id);
    end if;
    perform involvement_refresh(ids);
    return null;
end;
$$;

create function involvement_on_mentee() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        perform involvement_refresh(array[old.person_id]);
    else
        perform involvement_refresh(array[new.person_id]);
    end if;
    return null;
end;
$$;

create trigger mentoring_pair_involvement after insert or update or delete on mentoring_pair
    for each row execute function involvement_on_pair();
create trigger pair_mentee_involvement after insert or delete on pair_mentee
    for each row execute function involvement_on_mentee();

select involvement_rebuild();
