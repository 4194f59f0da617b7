-- Bookings of a child on a session, and the history of every change the family can read.

create table booking (
    id               bigserial primary key,
    session_id       bigint not null references activity_session (id),
    child_id         bigint not null references child (id),
    -- the household that booked (and pays): a child in two households is booked by each for its own days
    household_id     bigint not null references household (id),
    status           varchar(12) not null check (status in ('CONFIRMED', 'WAITING', 'CANCELLED')),
    cancelled_by     varchar(10) check (cancelled_by in ('FAMILY', 'STAFF', 'SYSTEM')),
    -- waiting-list order: first requested, first promoted
    requested_at     timestamptz not null,
    confirmed_at     timestamptz,
    cancelled_at     timestamptz,
    override_reason  varchar(500),
    version          bigint not null default 0,
    check ((status = 'CANCELLED') = (cancelled_at is not null))
);
-- one live booking per child and session: a double click or two guardians at once cannot book twice
create unique index booking_live_uk on booking (session_id, child_id) where status in ('CONFIRMED', 'WAITING');
create index booking_child_idx on booking (child_id, session_id);
create index booking_household_idx on booking (household_id);
create index booking_waiting_idx on booking (session_id, requested_at) where status = 'WAITING';

create table booking_change (
    id            bigserial primary key,
    booking_id    bigint not null references booking (id),
    child_id      bigint not null references child (id),
    household_id  bigint not null references household (id),
    at            timestamptz not null,
    actor_id      bigint references account (id),
    actor_name    varchar(210) not null,
    actor_kind    varchar(10) not null check (actor_kind in ('FAMILY', 'STAFF', 'SYSTEM')),
    action        varchar(20) not null check (action in ('BOOKED', 'WAITLISTED', 'CANCELLED', 'PROMOTED')),
    reason        varchar(500)
);
create index booking_change_child_idx on booking_change (child_id, at desc);
