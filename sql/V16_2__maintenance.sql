-- Maintenance windows announced by the administrator, shared by every node. The one in force is the
-- latest row not cancelled; a new announcement cancels the previous one. Instants come from the
-- application's clock, never the database's.
create table maintenance_window (
    id                  bigserial    primary key,
    starts_at           timestamptz  not null,
    ends_at             timestamptz  not null,
    announce_days       integer      not null,
    message_fr          varchar(500) not null,
    message_en          varchar(500),
    announced_by        bigint       not null references account (id),
    announced_at        timestamptz  not null,
    cancelled_at        timestamptz,
    constraint maintenance_window_ends_after_start check (ends_at > starts_at)
);
create index maintenance_window_active_idx on maintenance_window (id) where cancelled_at is null;

-- a family chooses to be mailed when a maintenance is announced (off until it says so)
alter table account add column maintenance_notices boolean not null default false;
