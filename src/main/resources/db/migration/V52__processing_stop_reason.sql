-- Why processing of a person's data stopped: consent withdrawn, or the term of the last consent in force ended.
alter table person add column processing_stop_reason varchar(20)
    check (processing_stop_reason in ('WITHDRAWN', 'CONSENT_EXPIRED'));
update person set processing_stop_reason = 'WITHDRAWN'
 where processing_stopped_on is not null and anonymised_on is null;
