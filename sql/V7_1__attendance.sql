-- Attendance (pointage): one row per session and child, marked by staff once the session's day has come,
-- and the months closed to attendance changes because they are invoiced (per régie).

create table attendance (
    id              bigserial primary key,
    session_id      bigint not null references activity_session (id),
    child_id        bigint not null references child (id),
    -- the booking it answers; none for a child present without booking
    booking_id      bigint references booking (id),
    -- the household that booked (and pays); for a child present without booking, the one the agent chose
    household_id    bigint not null references household (id),
    status          varchar(24) not null
                    check (status in ('PRESENT', 'ABSENT_EXCUSED', 'ABSENT_UNEXCUSED', 'PRESENT_WITHOUT_BOOKING')),
    marked_by       bigint references account (id),
    marked_by_name  varchar(210) not null,
    marked_at       timestamptz not null,
    version         bigint not null default 0,
    unique (session_id, child_id),
    check ((status = 'PRESENT_WITHOUT_BOOKING') = (booking_id is null))
);
create index attendance_child_idx on attendance (child_id, session_id);
create index attendance_household_idx on attendance (household_id);

-- A month of a régie whose invoices are run: its attendance can no longer change (billing writes it).
create table attendance_lock (
    regie_code  varchar(20) not null references regie (code),
    month       date not null check (extract(day from month) = 1),
    reason      varchar(500) not null,
    locked_by   bigint references account (id),
    locked_at   timestamptz not null,
    primary key (regie_code, month)
);
