-- Privacy duties of school enrolment and room hire (issue 19): like household requests and registrations, a
-- closed enrolment request and a closed, refused or withdrawn hire request lose their free text and their files
-- once the retention period for requests has passed; the day it happened is kept, and shown in the family's export.
alter table school_enrolment add column anonymised_at timestamptz;
alter table room_hire add column anonymised_at timestamptz;
-- when a hire request was refused or withdrawn (the retention period runs from then); an accepted hire closes
-- with its event once the deposit is settled
alter table room_hire add column closed_at timestamptz;
update room_hire set closed_at = coalesce(decided_at, created_at) where status in ('REFUSED', 'WITHDRAWN');

-- the retention job looks for what is due and not done yet
create index school_enrolment_to_anonymise_idx on school_enrolment (decided_at)
    where anonymised_at is null and state in ('ACCEPTED', 'REFUSED', 'WITHDRAWN');
create index room_hire_to_anonymise_idx on room_hire (status, closed_at, ends_at)
    where anonymised_at is null;

-- what each run did
alter table retention_run add column enrolments_anonymised integer not null default 0;
alter table retention_run add column room_hires_anonymised integer not null default 0;
