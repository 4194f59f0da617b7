-- Payments (règlements): money received from a household for one régie, at the counter or online,
-- allocated to that régie's invoices; what is not allocated is the household's credit at the régie.
-- Like invoices, payment rows and their allocations are never changed or deleted: a mistaken payment
-- is cancelled by a reversing entry (kind REVERSAL, opposite amount, allocations taken back).
--
-- Signs: a PAYMENT brings money in (amount > 0), a REFUND gives credit back (amount < 0), a REVERSAL
-- cancels another entry (the opposite of its amount). An allocation moves money of a payment onto an
-- invoice (> 0) or back off it (< 0: reversal, or a credit note leaving the invoice overpaid).
-- So: paid on an invoice = sum of its allocations; credit = sum of payments - sum of their allocations.

alter table document_counter drop constraint document_counter_series_check;
alter table document_counter add constraint document_counter_series_check
    check (series in ('INVOICE', 'CREDIT_NOTE', 'RECEIPT'));

create table payment (
    id             bigserial primary key,
    number         varchar(40) not null unique,
    regie_code     varchar(20) not null references regie (code),
    household_id   bigint not null references household (id),
    kind           varchar(10) not null check (kind in ('PAYMENT', 'REFUND', 'REVERSAL')),
    means          varchar(20) not null check (means in ('ONLINE_CARD', 'ONLINE_DIRECT_DEBIT', 'CASH', 'CHEQUE',
                       'CESU', 'HOLIDAY_VOUCHER', 'BANK_TRANSFER', 'DIRECT_DEBIT')),
    amount_cents   bigint not null,
    received_on    date not null,
    cheque_number  varchar(30),
    bank           varchar(80),
    reference      varchar(100),
    reverses_id    bigint unique references payment (id),
    attempt_id     bigint unique,
    note           varchar(500),
    recorded_by    bigint references account (id),
    recorded_at    timestamptz not null,
    check ((kind = 'PAYMENT' and amount_cents > 0) or (kind = 'REFUND' and amount_cents < 0)
           or (kind = 'REVERSAL' and amount_cents <> 0 and reverses_id is not null)),
    check ((kind = 'REVERSAL') = (reverses_id is not null)),
    check (means <> 'CHEQUE' or kind <> 'PAYMENT' or cheque_number is not null)
);
create index payment_household_idx on payment (household_id, regie_code);
create index payment_day_idx on payment (regie_code, received_on);

create table payment_allocation (
    id            bigserial primary key,
    payment_id    bigint not null references payment (id),
    invoice_id    bigint not null references invoice (id),
    amount_cents  bigint not null check (amount_cents <> 0),
    allocated_by  bigint references account (id),
    allocated_at  timestamptz not null
);
create index payment_allocation_invoice_idx on payment_allocation (invoice_id);
create index payment_allocation_payment_idx on payment_allocation (payment_id);

create trigger payment_immutable before update or delete on payment
    for each row execute function billing_refuse_change();
create trigger payment_allocation_immutable before update or delete on payment_allocation
    for each row execute function billing_refuse_change();

-- Online payment attempts: one per redirection to the provider. The reference (refdet) is ours and
-- unique; the operation id (idOp) is the provider's. Only a server-side check with the provider
-- settles an attempt; settling one creates at most one payment (payment.attempt_id is unique).
create table payment_attempt (
    id               bigserial primary key,
    reference        varchar(30) not null unique,
    provider         varchar(20) not null,
    regie_code       varchar(20) not null references regie (code),
    household_id     bigint not null references household (id),
    amount_cents     bigint not null check (amount_cents > 0),
    payer_email      varchar(254) not null,
    status           varchar(10) not null
                     check (status in ('NEW', 'PENDING', 'PAID', 'REFUSED', 'ABANDONED', 'EXPIRED', 'ERROR')),
    operation_id     varchar(64) unique,
    provider_code    varchar(10),
    superseded_by    bigint references payment_attempt (id),
    created_by       bigint references account (id),
    created_at       timestamptz not null,
    last_checked_at  timestamptz,
    resolved_at      timestamptz,
    version          bigint not null default 0
);
create index payment_attempt_open_idx on payment_attempt (created_at) where status in ('NEW', 'PENDING');
create index payment_attempt_household_idx on payment_attempt (household_id, created_at desc);

alter table payment add constraint payment_attempt_fk foreign key (attempt_id) references payment_attempt (id);

-- The invoices an attempt pays and how much of each, as they were when the parent chose them.
create table payment_attempt_invoice (
    attempt_id    bigint not null references payment_attempt (id),
    invoice_id    bigint not null references invoice (id),
    amount_cents  bigint not null check (amount_cents > 0),
    primary key (attempt_id, invoice_id)
);
create index payment_attempt_invoice_invoice_idx on payment_attempt_invoice (invoice_id);

-- Everything that happened to an attempt, with the provider's raw answers. A notification whose
-- operation id matches no attempt is kept too (attempt_id null).
create table payment_attempt_event (
    id            bigserial primary key,
    attempt_id    bigint references payment_attempt (id),
    operation_id  varchar(64),
    at            timestamptz not null,
    kind          varchar(20) not null check (kind in ('CREATED', 'REDIRECTED', 'PROVIDER_ERROR', 'NOTIFICATION',
                      'RETURN', 'CHECK', 'RESULT', 'SUPERSEDED', 'EXPIRED', 'MISMATCH', 'UNKNOWN_OPERATION')),
    actor_id      bigint references account (id),
    detail        text
);
create index payment_attempt_event_attempt_idx on payment_attempt_event (attempt_id, at);

-- What finance staff must look at: a provider result that does not match the attempt, a payment
-- received on an attempt already replaced, a notification for an unknown operation.
create table payment_alert (
    id            bigserial primary key,
    attempt_id    bigint references payment_attempt (id),
    kind          varchar(20) not null check (kind in ('AMOUNT_MISMATCH', 'REFERENCE_MISMATCH', 'LATE_PAYMENT',
                      'UNKNOWN_OPERATION', 'RECONCILIATION')),
    detail        text not null,
    raised_at     timestamptz not null,
    closed_by     bigint references account (id),
    closed_at     timestamptz,
    closing_note  varchar(500)
);
create index payment_alert_open_idx on payment_alert (raised_at) where closed_at is null;
