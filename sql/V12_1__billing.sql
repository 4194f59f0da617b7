-- Billing: monthly invoicing runs per régie, invoices with gapless numbers, credit notes.
-- An invoice row exists only once published and never changes afterwards (triggers below refuse
-- UPDATE and DELETE, whoever asks). What changes over its life (credits, payments, transfer to the
-- public treasury) lives in other tables that reference it; its status is derived from them.

create table invoice_run (
    id            bigserial primary key,
    regie_code    varchar(20) not null references regie (code),
    month         date not null check (extract(day from month) = 1),
    status        varchar(10) not null check (status in ('DRAFT', 'VALIDATED')),
    created_by    bigint references account (id),
    created_at    timestamptz not null,
    validated_by  bigint references account (id),
    validated_at  timestamptz,
    invoices      integer,
    total_cents   bigint,
    version       bigint not null default 0,
    check ((status = 'VALIDATED') = (validated_at is not null))
);
-- one draft per régie and month at a time (a later run of the same month bills only the differences)
create unique index invoice_run_draft_uk on invoice_run (regie_code, month) where status = 'DRAFT';

-- Gapless numbering: one counter row per series, year and régie, incremented in the validating
-- transaction (the row stays locked until it commits; a rollback gives the numbers back).
-- Never a sequence: sequences leave gaps on rollback.
create table document_counter (
    series      varchar(12) not null check (series in ('INVOICE', 'CREDIT_NOTE')),
    year        integer not null,
    regie_code  varchar(20) not null references regie (code),
    last_number integer not null check (last_number >= 0),
    primary key (series, year, regie_code)
);

create table invoice (
    id                  bigserial primary key,
    number              varchar(40) not null unique,
    run_id              bigint not null references invoice_run (id),
    regie_code          varchar(20) not null references regie (code),
    month               date not null,
    household_id        bigint not null references household (id),
    household_name      varchar(120) not null,
    billing_account_id  bigint references account (id),
    issued_on           date not null,
    due_on              date not null,
    total_cents         bigint not null check (total_cents >= 0),
    published_at        timestamptz not null,
    check (due_on >= issued_on)
);
create index invoice_household_idx on invoice (household_id, issued_on desc);
create index invoice_run_idx on invoice (run_id);

-- One charge: a child on a session (source: the booking, or the attendance without booking), with
-- the facts of its price so the explanation can be rebuilt in any language.
create table invoice_line (
    id                bigserial primary key,
    invoice_id        bigint not null references invoice (id),
    position          integer not null,
    household_id      bigint not null references household (id),
    session_id        bigint not null references activity_session (id),
    child_id          bigint not null references child (id),
    booking_id        bigint references booking (id),
    child_name        varchar(210) not null,
    activity_name     varchar(120) not null,
    day               date not null,
    charge            varchar(20) not null
                      check (charge in ('BOOKED', 'UNEXCUSED_ABSENCE', 'EXCUSED_ABSENCE', 'UNBOOKED_PRESENCE')),
    unmarked          boolean not null default false,
    amount_cents      integer not null check (amount_cents >= 0),
    -- the price as found (the amount differs only on a line billing an increase over an earlier invoice)
    price_cents       integer not null check (price_cents >= 0),
    grid_from         date,
    band              integer,
    qf_from           integer,
    qf_to             integer,
    quotient_known    boolean not null,
    resident          boolean not null,
    band_cents        integer,
    reduction_pct     integer not null default 0,
    special           boolean not null default false,
    child_rank        integer not null default 1,
    adjustment        boolean not null default false,
    unique (invoice_id, position)
);
create index invoice_line_source_idx on invoice_line (household_id, session_id, child_id);

create table credit_note (
    id            bigserial primary key,
    number        varchar(40) not null unique,
    invoice_id    bigint not null references invoice (id),
    regie_code    varchar(20) not null references regie (code),
    household_id  bigint not null references household (id),
    reason        varchar(500) not null,
    issued_on     date not null,
    total_cents   bigint not null check (total_cents > 0),
    created_by    bigint references account (id),
    created_at    timestamptz not null
);
create index credit_note_invoice_idx on credit_note (invoice_id);

create table credit_note_line (
    id               bigserial primary key,
    credit_note_id   bigint not null references credit_note (id),
    invoice_line_id  bigint not null references invoice_line (id),
    amount_cents     integer not null check (amount_cents > 0)
);
create index credit_note_line_line_idx on credit_note_line (invoice_line_id);

-- Immutability, enforced by the database for every user (the application's included).
create function billing_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'a published % cannot be changed or deleted: correct it with a credit note', tg_table_name
        using errcode = 'check_violation';
end $$;
create trigger invoice_immutable before update or delete on invoice
    for each row execute function billing_refuse_change();
create trigger invoice_line_immutable before update or delete on invoice_line
    for each row execute function billing_refuse_change();
create trigger credit_note_immutable before update or delete on credit_note
    for each row execute function billing_refuse_change();
create trigger credit_note_line_immutable before update or delete on credit_note_line
    for each row execute function billing_refuse_change();

-- A credit note line never exceeds what remains of the invoice line (checked by the application too;
-- the row lock makes two concurrent credit notes on one line wait for each other).
create function billing_check_credit() returns trigger language plpgsql as $$
declare
    line_amount integer;
    credited bigint;
begin
    select amount_cents into line_amount from invoice_line where id = new.invoice_line_id for update;
    select coalesce(sum(amount_cents), 0) into credited from credit_note_line where invoice_line_id = new.invoice_line_id;
    if credited + new.amount_cents > line_amount then
        raise exception 'credit of % cents exceeds what remains of invoice line % (% cents)',
            new.amount_cents, new.invoice_line_id, line_amount - credited using errcode = 'check_violation';
    end if;
    return new;
end $$;
create trigger credit_note_line_within_line before insert on credit_note_line
    for each row execute function billing_check_credit();
