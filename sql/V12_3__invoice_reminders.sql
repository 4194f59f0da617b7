-- Reminders of unpaid invoices (first and second), one row per invoice and level: the date each was
-- sent is recorded, and the primary key makes sending idempotent when several nodes run the job.
create table invoice_reminder (
    invoice_id  bigint not null references invoice (id),
    level       smallint not null check (level in (1, 2)),
    sent_on     date not null,
    sent_at     timestamptz not null,
    primary key (invoice_id, level)
);
