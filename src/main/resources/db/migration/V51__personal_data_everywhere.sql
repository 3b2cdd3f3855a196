-- Personal data everywhere it is held (issue 15, points 3, 8 and 9).

-- Which pairs a generated order on fixing pairs lists, so that the order can be regenerated when one of the people it
-- names is anonymised (documents module).
create table pair_order_pair (
    document_id bigint not null references school_document (id) on delete cascade,
    pair_id     bigint not null,
    primary key (document_id, pair_id)
);
create index pair_order_pair_pair_idx on pair_order_pair (pair_id);

-- Orders generated before this migration: the title names the order's date and number, the pairs carry them.
insert into pair_order_pair (document_id, pair_id)
select d.id, p.id
  from school_document d
  join mentoring_pair p on p.school_id = d.school_id and p.order_number is not null and p.order_date is not null
 where d.kind = 'PAIRS_ORDER'
   and starts_with(d.title, 'Приказ от ' || to_char(p.order_date, 'DD.MM.YYYY') || ' № ' || p.order_number || ' «')
on conflict do nothing;

-- The persons whose data a read showed (one row per request, not one per person), so that "who saw this child's data"
-- is one indexed lookup (audit module).
alter table audit_event add column person_ids bigint[];
create index audit_event_person_ids_idx on audit_event using gin (person_ids);
