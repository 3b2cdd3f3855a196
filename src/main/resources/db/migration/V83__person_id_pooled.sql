-- Issue 17 point 9: a school's import creates thousands of persons in one transaction. With the id taken from the
-- identity column on each insert, Hibernate cannot batch those inserts (it needs each new id at once). The id now
-- comes from a sequence stepping by 50, used by Hibernate's pooled optimizer (@SequenceGenerator, allocationSize
-- 50), so the persons of a batch go to the server as JDBC batches. Plain SQL inserts (the bench generator, a few
-- tests) still take nextval as the column's default: every call reserves a whole block, so the two never collide.
-- (Hibernate's schema validation does not see an identity column's internal sequence: hence a sequence of its own.)
alter table person alter column id drop identity;
create sequence person_id_seq increment by 50 owned by person.id;
select setval('person_id_seq', greatest((select max(id) from person), 1), (select max(id) from person) is not null);
alter table person alter column id set default nextval('person_id_seq');
