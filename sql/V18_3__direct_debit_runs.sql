-- SEPA direct-debit runs (TREASURY.md §2.3–2.6): finance staff pick a régie and a due date, the portal lists the unpaid
-- invoices of households with an active mandate, writes the pain.008 file; sending it makes the debits pending, the
-- due date settles them (payments in the ledger) unless the bank rejects them.

create table direct_debit_run (
    id            bigserial primary key,
    regie_code    varchar(20) not null references regie (code),
    due_on        date not null,
    status        varchar(8) not null check (status in ('DRAFT', 'SENT', 'SETTLED')),
    -- GrpHdr/MsgId: unique forever
    message_id    varchar(35) not null unique,
    created_by    bigint references account (id),
    created_at    timestamptz not null,
    sent_by       bigint references account (id),
    sent_at       timestamptz,
    settled_at    timestamptz,
    check ((status = 'DRAFT') = (sent_at is null)),
    check ((status = 'SETTLED') = (settled_at is not null))
);
create index direct_debit_run_regie_idx on direct_debit_run (regie_code, due_on desc);

-- One debit per invoice, with the mandate's account as it was written in the file.
create table direct_debit (
    id                 bigserial primary key,
    run_id             bigint not null references direct_debit_run (id),
    invoice_id         bigint not null references invoice (id),
    mandate_id         bigint not null references sepa_mandate (id),
    household_id       bigint not null references household (id),
    amount_cents       bigint not null check (amount_cents between 1 and 99999999999),
    sequence_type      varchar(4) not null check (sequence_type in ('FRST', 'RCUR', 'OOFF', 'FNAL')),
    holder             varchar(70) not null,
    iban               varchar(34) not null,
    bic                varchar(11),
    amended_from_iban  varchar(34),
    amended_new_bank   boolean not null default false,
    status             varchar(8) not null check (status in ('PLANNED', 'PENDING', 'PAID', 'REJECTED')),
    payment_id         bigint references payment (id),
    reject_code        varchar(4),
    rejected_at        timestamptz,
    check ((status = 'PAID') = (payment_id is not null) or status = 'REJECTED'),
    check ((status = 'REJECTED') = (reject_code is not null))
);
-- an invoice is in at most one debit that was not rejected: two runs made at the same time never debit it twice
create unique index direct_debit_invoice_live_uk on direct_debit (invoice_id) where status <> 'REJECTED';
create index direct_debit_run_idx on direct_debit (run_id);
create index direct_debit_mandate_idx on direct_debit (mandate_id);

-- rejects in a row of each mandate (reset by a settled debit): the mandate is suspended after the setting's number
alter table sepa_mandate add column rejects_in_a_row integer not null default 0;
