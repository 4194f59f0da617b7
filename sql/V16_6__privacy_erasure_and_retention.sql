-- Erasure and retention (issue 16 items 4 and 5).
-- An erased account keeps its row (invoices, payments and bookings point to it) with nothing
-- personal left in it; erased_at says when and tells it apart from a merely deactivated account.
alter table account add column erased_at timestamptz;

-- Some mails must not outlive their sending (the confirmation of an erasure goes to an address
-- the portal has just forgotten): the sender empties recipient and body once the mail is sent.
alter table outbox_mail add column forget_when_sent boolean not null default false;

-- When the free text of a closed request or registration was removed by the retention job.
alter table household_request add column anonymised_at timestamptz;
alter table registration add column anonymised_at timestamptz;

-- Warnings before an unused account is deleted (1 year, 2 months and 7 days before). A warning
-- belongs to one idle period, identified by the account's last activity when it was sent: a
-- sign-in starts a new period and the old warnings no longer count. The primary key makes a
-- second attempt to send the same warning change nothing.
create table retention_warning (
    account_id  bigint       not null references account (id) on delete cascade,
    stage       varchar(10)  not null check (stage in ('YEAR', 'TWO_MONTHS', 'WEEK')),
    idle_since  timestamptz  not null,
    sent_at     timestamptz  not null,
    deletion_on date         not null,
    primary key (account_id, stage, idle_since)
);

-- What each run of the retention job did (or would have done while deletions are held).
create table retention_run (
    id                    bigserial    primary key,
    started_at            timestamptz  not null,
    held                  boolean      not null,
    requests_anonymised   integer      not null default 0,
    registrations_anonymised integer   not null default 0,
    warnings_sent         integer      not null default 0,
    accounts_erased       integer      not null default 0,
    accounts_kept         integer      not null default 0,
    mails_purged          integer      not null default 0,
    audit_entries_purged  integer      not null default 0,
    triggered_by          bigint       references account (id)
);
create index retention_run_started_idx on retention_run (started_at desc);
