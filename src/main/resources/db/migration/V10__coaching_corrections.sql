-- Corrections and the part of an entry beyond the grant.
-- A time entry that crosses the granted hours is billable up to the grant and not beyond, so the billable part
-- is kept in minutes instead of a yes/no for the whole entry.
alter table time_entry add column billable_minutes int;
update time_entry set billable_minutes = case when billable then minutes else 0 end;
alter table time_entry alter column billable_minutes set not null;
alter table time_entry add constraint time_entry_billable_ck check (billable_minutes between 0 and minutes);
alter table time_entry drop column billable;

-- Who corrected a recorded session or time entry last, and when (the first recording stays in recorded_at).
alter table time_entry add column corrected_at timestamptz, add column corrected_by bigint;
alter table coaching_session add column corrected_at timestamptz, add column corrected_by bigint;
