-- Yearly registrations (inscriptions) to the activities that need one before any session can be
-- booked, and the messages between the family and the agents on each request.

create table registration (
    id            bigserial primary key,
    -- the household that asked (its guardians get the mails); the registration itself is per child
    household_id  bigint not null references household (id),
    child_id      bigint not null references child (id),
    activity_id   bigint not null references activity (id),
    -- the school year it is valid for: 1 September to 31 August, e.g. '2026-2027'
    period_label  varchar(9) not null,
    valid_from    date not null,
    valid_to      date not null,
    state         varchar(10) not null check (state in ('SUBMITTED', 'IN_REVIEW', 'ACCEPTED', 'REFUSED', 'CLOSED')),
    -- CLOSED by the family (withdrawn) or by an agent (closed without action)
    closed_by     varchar(6) check (closed_by in ('FAMILY', 'STAFF')),
    submitted_by  bigint not null references account (id),
    submitted_at  timestamptz not null,
    decided_by    bigint references account (id),
    decided_at    timestamptz,
    version       bigint not null default 0,
    check (valid_from <= valid_to),
    check ((state = 'CLOSED') = (closed_by is not null))
);
-- one open or accepted request per child, activity and school year, whatever the clicks and guardians do
create unique index registration_live_uk on registration (child_id, activity_id, valid_from)
    where state in ('SUBMITTED', 'IN_REVIEW', 'ACCEPTED');
create index registration_queue_idx on registration (state, submitted_at);
create index registration_child_idx on registration (child_id, activity_id);

create table registration_message (
    id               bigserial primary key,
    registration_id  bigint not null references registration (id),
    author_id        bigint references account (id),
    author_name      varchar(210) not null,
    kind             varchar(6) not null check (kind in ('FAMILY', 'STAFF')),
    at               timestamptz not null,
    text             varchar(2000) not null
);
create index registration_message_idx on registration_message (registration_id, at);
