-- Account types (private person, association, company) and room hire.
-- Existing accounts are private persons (the default). An association names itself with its RNA
-- number (W + 9 digits) or its SIRET; a company with its SIRET. Members of an organisation are the
-- guardians of its household (invited like second guardians); its billing address is the household's.
alter table account add column account_type varchar(12) not null default 'PRIVATE'
    check (account_type in ('PRIVATE', 'ASSOCIATION', 'COMPANY'));
alter table account add column organisation_name varchar(200);
alter table account add column organisation_number varchar(14);
alter table account add constraint account_organisation_ck
    check ((account_type = 'PRIVATE') = (organisation_name is null and organisation_number is null));

-- the exclusion constraint below mixes = on room_id (btree) with && on a range (gist)
create extension if not exists btree_gist;

insert into regie (code, name) values ('LOCATION_SALLES', 'Régie location de salles');

-- A room for hire at a site (closures of the site, or of every site, close it too). Opening hours are
-- Paris wall-clock times, the same every day the site is open.
create table room (
    id                  bigserial primary key,
    site_id             bigint not null references site (id),
    name                varchar(120) not null,
    capacity            integer not null check (capacity between 1 and 5000),
    equipment           varchar(1000),
    opens_at            time not null,
    closes_at           time not null,
    min_notice_days     integer not null default 7 check (min_notice_days between 0 and 365),
    max_advance_days    integer not null default 365 check (max_advance_days between 1 and 1095),
    deposit_cents       integer not null default 0 check (deposit_cents >= 0),
    active              boolean not null default true,
    created_at          timestamptz not null,
    version             bigint not null default 0,
    check (opens_at < closes_at)
);
create unique index room_name_uk on room (lower(name));

-- One price grid per room and kind of hirer: STANDARD (non-residents, companies), RESIDENT, ASSOCIATION.
-- A null price: that unit is not offered to them. All zero: free hire.
create table room_price (
    room_id          bigint not null references room (id) on delete cascade,
    category         varchar(12) not null check (category in ('STANDARD', 'RESIDENT', 'ASSOCIATION')),
    hour_cents       integer check (hour_cents >= 0),
    half_day_cents   integer check (half_day_cents >= 0),
    day_cents        integer check (day_cents >= 0),
    cleaning_cents   integer not null default 0 check (cleaning_cents >= 0),
    primary key (room_id, category),
    check (hour_cents is not null or half_day_cents is not null or day_cents is not null)
);

-- A hire of a room by a household (family, association or company) for one slot on one day.
-- A slot held by a request, a proposal or an accepted hire is taken: the exclusion constraint makes
-- two such hires of one room overlapping in time impossible, whoever writes.
create table room_hire (
    id                  bigserial primary key,
    room_id             bigint not null references room (id),
    household_id        bigint not null references household (id),
    requested_by        bigint references account (id),
    starts_at           timestamptz not null,
    ends_at             timestamptz not null,
    period              tstzrange generated always as (tstzrange(starts_at, ends_at, '[)')) stored,
    purpose             varchar(500) not null,
    attendance          integer not null check (attendance >= 1),
    status              varchar(12) not null
                        check (status in ('REQUESTED', 'PROPOSED', 'ACCEPTED', 'REFUSED', 'WITHDRAWN')),
    category            varchar(12) not null check (category in ('STANDARD', 'RESIDENT', 'ASSOCIATION')),
    rent_cents          integer not null check (rent_cents >= 0),
    cleaning_cents      integer not null check (cleaning_cents >= 0),
    deposit_cents       integer not null check (deposit_cents >= 0),
    insurance_required  boolean not null default false,
    insurance_file      bytea,
    insurance_type      varchar(40),
    decided_by          bigint references account (id),
    decided_at          timestamptz,
    refusal_reason      varchar(1000),
    decision_signatory  varchar(300),
    invoice_id          bigint references invoice (id),
    deposit_status      varchar(10) not null default 'NONE'
                        check (deposit_status in ('NONE', 'HELD', 'RETURNED', 'KEPT')),
    deposit_reason      varchar(500),
    created_at          timestamptz not null,
    version             bigint not null default 0,
    check (starts_at < ends_at),
    check ((status = 'REFUSED') = (refusal_reason is not null)),
    constraint room_hire_no_overlap exclude using gist (room_id with =, period with &&)
        where (status in ('REQUESTED', 'PROPOSED', 'ACCEPTED'))
);
create index room_hire_household_idx on room_hire (household_id, starts_at desc);
create index room_hire_status_idx on room_hire (status, starts_at);

-- An accepted hire is invoiced through billing, on a line without session or child.
alter table invoice_line alter column session_id drop not null;
alter table invoice_line alter column child_id drop not null;
alter table invoice_line add column room_hire_id bigint references room_hire (id);
alter table invoice_line add constraint invoice_line_source_ck
    check ((room_hire_id is null) = (session_id is not null and child_id is not null));
