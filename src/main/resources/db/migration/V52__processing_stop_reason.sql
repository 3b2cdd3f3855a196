-- Why processing of a person's data stopped: consent withdrawn, or the term of the last consent in force ended.
alter table person add column processing_stop_reason varchar(20)
    check (processing_stop_reason in ('WITHDRAWN', 'CONSENT_EXPIRED'));
update person set processing_stop_reason = 'WITHDRAWN'
 where processing_stopped_on is not null and anonymised_on is null;
-- a person whose consent expired is anonymised after the grace period with that reason in the destruction record
alter table data_destruction drop constraint data_destruction_reason_check;
alter table data_destruction add constraint data_destruction_reason_check
    check (reason in ('RETENTION', 'WITHDRAWN', 'CONSENT_EXPIRED'));
