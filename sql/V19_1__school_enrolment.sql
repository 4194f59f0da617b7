-- School enrolment (inscription scolaire): the town's school map (sectorisation), the families'
-- requests for a child and a school year, their documents and their message thread.

-- One line of the school map: the numbers of a street (all, odd or even ones) that a school serves
-- for one cycle. street_key is the street folded by the portal (no accents, case, punctuation,
-- abbreviations expanded) so that "Av. Victor Hugo" and "avenue Victor-Hugo" meet.
create table school_map_entry (
    id           bigserial primary key,
    street       varchar(200) not null,
    street_key   varchar(200) not null,
    number_from  integer not null check (number_from >= 1),
    number_to    integer not null,
    parity       varchar(4) not null check (parity in ('ALL', 'ODD', 'EVEN')),
    cycle        varchar(20) not null check (cycle in ('MATERNELLE', 'ELEMENTAIRE')),
    site_id      bigint not null references site (id),
    line_no      integer not null,
    imported_at  timestamptz not null,
    check (number_from <= number_to)
);
create index school_map_entry_street_idx on school_map_entry (street_key, cycle);

create table school_enrolment (
    id                 bigserial primary key,
    household_id       bigint not null references household (id),
    child_id           bigint not null references child (id),
    -- the school year it is for, e.g. '2027-2028', starting on year_start (1 September)
    school_year        varchar(9) not null,
    year_start         date not null,
    -- computed from the birth date (the calendar year of birth decides)
    level_code         varchar(10) not null references school_level (code),
    -- the school of the map for the household's address when submitted (none when the map has none)
    proposed_site_id   bigint references site (id),
    -- a dérogation: the family wishes another school, for a reason
    wished_site_id     bigint references site (id),
    derogation_reason  varchar(1000),
    assigned_site_id   bigint references site (id),
    state              varchar(10) not null check (state in ('SUBMITTED', 'INCOMPLETE', 'ACCEPTED', 'REFUSED', 'WITHDRAWN')),
    -- the document an agent asked for while INCOMPLETE
    missing_document   varchar(20) check (missing_document in ('PROOF_OF_ADDRESS', 'FAMILY_RECORD', 'VACCINATION')),
    refusal_reason     varchar(2000),
    decision_signatory varchar(300),
    submitted_by       bigint not null references account (id),
    submitted_at       timestamptz not null,
    decided_by         bigint references account (id),
    decided_at         timestamptz,
    -- when the child's school and level were written from this accepted request
    applied_at         timestamptz,
    version            bigint not null default 0,
    check ((wished_site_id is null) = (derogation_reason is null)),
    check ((state = 'ACCEPTED') = (assigned_site_id is not null)),
    check ((state = 'REFUSED') = (refusal_reason is not null)),
    check ((state = 'INCOMPLETE') = (missing_document is not null))
);
-- one live request per child and school year, whatever the clicks and guardians do
create unique index school_enrolment_live_uk on school_enrolment (child_id, school_year)
    where state in ('SUBMITTED', 'INCOMPLETE', 'ACCEPTED');
create index school_enrolment_queue_idx on school_enrolment (state, submitted_at);
create index school_enrolment_household_idx on school_enrolment (household_id);
-- the year-start job looks for accepted requests not yet applied
create index school_enrolment_to_apply_idx on school_enrolment (year_start) where state = 'ACCEPTED' and applied_at is null;

-- The documents of a request (PDF, PNG or JPEG, checked by content). The content is deleted once
-- the request is decided or withdrawn; the line stays as the trace of what was given.
create table school_enrolment_document (
    id             bigserial primary key,
    enrolment_id   bigint not null references school_enrolment (id) on delete cascade,
    kind           varchar(20) not null check (kind in ('PROOF_OF_ADDRESS', 'FAMILY_RECORD', 'VACCINATION')),
    content        bytea,
    media_type     varchar(40) not null,
    size_bytes     integer not null,
    added_at       timestamptz not null,
    unique (enrolment_id, kind)
);

create table school_enrolment_message (
    id            bigserial primary key,
    enrolment_id  bigint not null references school_enrolment (id) on delete cascade,
    at            timestamptz not null,
    author_id     bigint references account (id) on delete set null,
    author_name   varchar(210) not null,
    from_staff    boolean not null,
    body          varchar(2000) not null
);
create index school_enrolment_message_idx on school_enrolment_message (enrolment_id, at, id);
