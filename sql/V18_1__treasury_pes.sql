-- Treasury (PES V2 ORMC): what the public accountant's system (Hélios) needs to know about each
-- régie's budget, the bordereau counter, the files exported and the accountant's acknowledgements.

-- One row per régie: the budget its invoices are revenue of. Formats from the DGFiP's PES V2 file
-- (checked by the application too, with messages; the checks here stop anything else).
create table treasury_budget (
    regie_code    varchar(20) primary key references regie (code),
    id_post       varchar(7) not null check (id_post ~ '^([0-9]{6,7}|02[AB][0-9]{3,4})$'),
    id_coll       varchar(14) not null check (id_coll ~ '^[0-9]{14}$'),
    cod_col       varchar(3) not null check (cod_col ~ '^[0-9]{3}$'),
    cod_bud       varchar(2) not null check (cod_bud ~ '^[0-9A-Z][0-9]$'),
    -- true: Edition 06, the DGFiP prints and posts the notices with the invoice PDF attached;
    -- false: the town sends its own invoices (no Edition)
    dgfip_prints  boolean not null default false,
    updated_by    bigint references account (id),
    updated_at    timestamptz not null
);

-- The local product code (CodProdLoc, set up in Hélios) and nature of each kind of activity.
create table treasury_product (
    regie_code     varchar(20) not null references treasury_budget (regie_code) on delete cascade,
    activity_type  varchar(20) not null check (activity_type in ('CANTEEN', 'MORNING_CARE', 'EVENING_CARE',
                       'WEDNESDAY_CENTRE', 'HOLIDAY_CAMP', 'WEEKLY_CLASS', 'ROOM_HIRE')),
    cod_prod_loc   varchar(4) not null check (cod_prod_loc ~ '^[A-Z0-9]{1,4}$'),
    nature         varchar(12) not null check (nature ~ '^[0-9]{1,12}$'),
    primary key (regie_code, activity_type)
);

-- Bordereau numbers (IdBord): one counter per exercise and budget, incremented under its row lock in
-- the exporting transaction; a number is never given twice (Hélios rejects duplicates).
create table pes_bordereau_counter (
    exercise     integer not null,
    id_coll      varchar(14) not null,
    cod_col      varchar(3) not null,
    cod_bud      varchar(2) not null,
    last_number  integer not null check (last_number between 0 and 9999999),
    primary key (exercise, id_coll, cod_col, cod_bud)
);

-- One PES_Aller file per invoicing run: its bordereau, the exact bytes served (a second download
-- gives the same file), and what the accountant answered.
create table pes_export (
    id               bigserial primary key,
    run_id           bigint not null references invoice_run (id),
    exercise         integer not null,
    id_coll          varchar(14) not null,
    cod_col          varchar(3) not null,
    cod_bud          varchar(2) not null,
    bordereau        integer not null check (bordereau between 1 and 9999999),
    file_name        varchar(100) not null,
    articles         integer not null check (articles > 0),
    total_cents      bigint not null check (total_cents > 0),
    content          bytea not null,
    status           varchar(10) not null check (status in ('SENT', 'ACCEPTED', 'REJECTED')),
    exported_by      bigint references account (id),
    exported_at      timestamptz not null,
    acknowledged_by  bigint references account (id),
    acknowledged_at  timestamptz,
    check ((status = 'SENT') = (acknowledged_at is null)),
    unique (exercise, id_coll, cod_col, cod_bud, bordereau)
);
-- at most one export of a run that is not rejected (exporting again gives that one back)
create unique index pes_export_live_uk on pes_export (run_id) where status <> 'REJECTED';

-- The articles (Piece) of a file: one invoice each, numbered 1..n in the rôle.
create table pes_export_article (
    export_id     bigint not null references pes_export (id) on delete cascade,
    article       integer not null check (article between 1 and 99999999),
    invoice_id    bigint not null references invoice (id),
    amount_cents  bigint not null check (amount_cents > 0),
    primary key (export_id, article),
    unique (export_id, invoice_id)
);
create index pes_export_article_invoice_idx on pes_export_article (invoice_id);

-- The accountant's reasons for a rejection (PES_Acquit, EtatAck 0): anomaly code, label, article.
create table pes_export_error (
    id         bigserial primary key,
    export_id  bigint not null references pes_export (id) on delete cascade,
    code       varchar(60),
    label      varchar(500),
    article    integer
);
create index pes_export_error_export_idx on pes_export_error (export_id);
