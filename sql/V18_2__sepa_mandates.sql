-- SEPA direct debit mandates (TREASURY.md §2.2): a family asks online, signs the generated form, finance staff record
-- the signature and activate; amendments, revocation, lapse after 36 months unused. Rows are never deleted, so a RUM
-- (référence unique de mandat) is never given twice.

-- RUM numbers: a sequence never goes back, even when a transaction rolls back
create sequence sepa_mandate_rum_seq;

create table sepa_mandate (
    id                    bigserial primary key,
    household_id          bigint not null references household (id),
    -- upper case, SEPA characters, no leading/trailing '/' and no '//'; unique forever (per ICS: the town has one)
    rum                   varchar(35) not null unique
                              check (rum ~ '^[A-Z0-9+?:().,'' -]([A-Z0-9/+?:().,'' -]{0,33}[A-Z0-9+?:().,'' -])?$'
                                     and rum not like '%//%'),
    creditor_ics          varchar(35) not null,
    creditor_name         varchar(70) not null,
    status                varchar(10) not null check (status in ('REQUESTED', 'ACTIVE', 'SUSPENDED', 'REVOKED', 'LAPSED')),
    holder                varchar(70) not null,
    iban                  varchar(34) not null check (iban ~ '^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$'),
    bic                   varchar(11) check (bic ~ '^[A-Z]{6}[A-Z2-9][A-NP-Z0-9]([A-Z0-9]{3})?$'),
    -- sequence type of the next debit: FRST after signature or a change of bank, RCUR once used
    next_sequence         varchar(4) not null default 'FRST' check (next_sequence in ('FRST', 'RCUR')),
    requested_at          timestamptz not null,
    requested_by          bigint references account (id),
    signed_on             date,
    signature             varchar(7) check (signature in ('UPLOAD', 'COUNTER')),
    signed_copy           bytea,
    signed_copy_type      varchar(20),
    activated_at          timestamptz,
    activated_by          bigint references account (id),
    ended_at              timestamptz,
    ended_by              bigint references account (id),
    -- last due date a debit was presented on (even rejected): the 36 months of the lapse run from it
    last_collection_on    date,
    -- amendment to announce with the next debit (AmdmntInfDtls): the former IBAN at the same bank, or a new bank (SMNDA)
    amended_from_iban     varchar(34),
    amended_new_bank      boolean not null default false,
    version               integer not null default 0,
    check ((status = 'REQUESTED') = (activated_at is null) or status in ('REVOKED', 'LAPSED')),
    check (status <> 'ACTIVE' or (signed_on is not null and signature is not null)),
    check ((signature = 'UPLOAD') = (signed_copy is not null))
);
-- one mandate in force or being set up per household
create unique index sepa_mandate_live_uk on sepa_mandate (household_id) where status in ('REQUESTED', 'ACTIVE', 'SUSPENDED');
create index sepa_mandate_status_idx on sepa_mandate (status);
