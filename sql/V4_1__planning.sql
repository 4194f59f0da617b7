-- Planning: collection offices, activities with their booking rules, school calendar, closures,
-- sessions and price grids. Times of day are Europe/Paris wall-clock times; instants are timestamptz.

create table regie (
    code  varchar(20) primary key,
    name  varchar(120) not null
);
insert into regie (code, name) values
    ('PERISCOLAIRE', 'Régie périscolaire et restauration scolaire'),
    ('LOISIRS', 'Régie enfance-jeunesse et loisirs'),
    ('SPORTS_CULTURE', 'Régie sports et culture');

create table activity (
    id                     bigserial primary key,
    name                   varchar(120) not null,
    type                   varchar(20) not null check (type in ('CANTEEN', 'MORNING_CARE', 'EVENING_CARE',
                               'WEDNESDAY_CENTRE', 'HOLIDAY_CAMP', 'WEEKLY_CLASS', 'ROOM_HIRE')),
    site_id                bigint not null references site (id),
    regie_code             varchar(20) not null references regie (code),
    min_age                integer check (min_age between 0 and 25),
    max_age                integer check (max_age between 0 and 25),
    residents_only         boolean not null default false,
    registration_required  boolean not null default false,
    waiting_list           boolean not null default false,
    start_time             time not null,
    end_time               time not null,
    default_capacity       integer not null check (default_capacity between 1 and 10000),
    book_opens_at          timestamptz,
    book_closes_at         timestamptz,
    book_kind              varchar(30) not null default 'NONE',
    book_amount            integer not null default 0,
    book_time              time,
    cancel_kind            varchar(30) not null default 'NONE',
    cancel_amount          integer not null default 0,
    cancel_time            time,
    active                 boolean not null default true,
    created_at             timestamptz not null default now(),
    version                bigint not null default 0,
    check (end_time > start_time),
    check (min_age is null or max_age is null or min_age <= max_age),
    check (book_closes_at is null or book_opens_at is null or book_closes_at > book_opens_at),
    check (book_kind in ('NONE', 'CALENDAR_DAYS', 'WORKING_DAYS', 'HOURS_BEFORE', 'WEEKDAY_OF_PREVIOUS_WEEK', 'DAY_OF_PREVIOUS_MONTH')),
    check (cancel_kind in ('NONE', 'CALENDAR_DAYS', 'WORKING_DAYS', 'HOURS_BEFORE', 'WEEKDAY_OF_PREVIOUS_WEEK', 'DAY_OF_PREVIOUS_MONTH'))
);
create unique index activity_name_uk on activity (lower(name));

-- eligibility by school level (none listed: any level)
create table activity_school_level (
    activity_id  bigint not null references activity (id) on delete cascade,
    level_code   varchar(10) not null references school_level (code),
    primary key (activity_id, level_code)
);

-- the ministry's calendar, per zone
create table school_year (
    id         bigserial primary key,
    zone       char(1) not null check (zone in ('A', 'B', 'C')),
    label      varchar(9) not null,
    first_day  date not null,
    last_day   date not null,
    check (last_day > first_day),
    unique (zone, label)
);
create table school_holiday (
    id           bigserial primary key,
    zone         char(1) not null check (zone in ('A', 'B', 'C')),
    school_year  varchar(9) not null,
    description  varchar(120) not null,
    first_day    date not null,
    last_day     date not null,
    check (last_day >= first_day)
);
create index school_holiday_zone_day on school_holiday (zone, first_day);

-- days without any session (strike, works): one site, or every site when site_id is null
create table closure (
    id          bigserial primary key,
    day         date not null,
    site_id     bigint references site (id),
    reason      varchar(300) not null,
    created_at  timestamptz not null default now()
);
create unique index closure_day_site_uk on closure (day, coalesce(site_id, 0));

-- one activity on one date; the booking counters are kept by the bookings (under a row lock)
create table activity_session (
    id             bigserial primary key,
    activity_id    bigint not null references activity (id),
    day            date not null,
    start_time     time not null,
    end_time       time not null,
    capacity       integer not null check (capacity between 0 and 10000),
    confirmed      integer not null default 0 check (confirmed >= 0),
    waiting        integer not null default 0 check (waiting >= 0),
    status         varchar(12) not null default 'OPEN' check (status in ('OPEN', 'CLOSED', 'CANCELLED')),
    status_reason  varchar(300),
    version        bigint not null default 0,
    check (end_time > start_time),
    check (confirmed <= capacity),
    unique (activity_id, day, start_time)
);
create index activity_session_day on activity_session (day);

-- prices: one grid per activity and period (no overlap), contiguous bands of family quotient
create table price_grid (
    id                       bigserial primary key,
    activity_id              bigint not null references activity (id),
    valid_from               date not null,
    valid_to                 date,
    sibling_reduction_pct    integer not null default 0 check (sibling_reduction_pct between 0 and 100),
    unexcused_absence_cents  integer check (unexcused_absence_cents >= 0),
    unbooked_presence_cents  integer check (unbooked_presence_cents >= 0),
    created_at               timestamptz not null default now(),
    version                  bigint not null default 0,
    check (valid_to is null or valid_to >= valid_from)
);
create index price_grid_activity on price_grid (activity_id, valid_from);
create table price_band (
    id                  bigserial primary key,
    grid_id             bigint not null references price_grid (id) on delete cascade,
    position            integer not null,
    qf_from             integer not null check (qf_from >= 0),
    qf_to               integer,
    resident_cents      integer not null check (resident_cents >= 0),
    non_resident_cents  integer not null check (non_resident_cents >= 0),
    check (qf_to is null or qf_to >= qf_from),
    unique (grid_id, position)
);
