-- Privacy duties of school enrolment and room hire (issue 19): like household requests and registrations, a
-- closed enrolment request loses its free text and its documents once the retention period for requests has
-- passed; the moment it happened is kept, and shown in the family's export. (Room hires are created by a later
-- migration, V19_5: a blanked hire is known by its purpose, replaced by the erasure mark.)
alter table school_enrolment add column anonymised_at timestamptz;

-- the retention job looks for what is due and not done yet
create index school_enrolment_to_anonymise_idx on school_enrolment (decided_at)
    where anonymised_at is null and state in ('ACCEPTED', 'REFUSED', 'WITHDRAWN');

-- what each run did
alter table retention_run add column enrolments_anonymised integer not null default 0;
alter table retention_run add column room_hires_anonymised integer not null default 0;
