-- Private iCal feeds: one secret URL per child and household listing the child's confirmed bookings.
-- Only the SHA-256 of the token is kept; the URL is shown once when it is created.

create table calendar_feed (
    id            bigserial primary key,
    child_id      bigint not null references child (id),
    household_id  bigint not null references household (id),
    token_hash    char(64) not null unique,
    created_by    bigint not null references account (id),
    created_at    timestamptz not null,
    revoked_at    timestamptz
);
-- one active feed per child and household: creating a new one revokes the old one first
create unique index calendar_feed_active_uk on calendar_feed (child_id, household_id) where revoked_at is null;
