-- Foundation schema: accounts and roles, one-time tokens, login throttling, terms of use,
-- audit trail and the mail outbox. Times are timestamptz (stored UTC, shown Europe/Paris).

create table terms_of_use (
    version       varchar(20) primary key,
    published_at  timestamptz not null default now()
);
insert into terms_of_use (version, published_at) values ('2026-09', '2026-09-01 00:00:00+02');

create table account (
    id                 bigserial primary key,
    email              varchar(254) not null,
    first_name         varchar(100) not null,
    last_name          varchar(100) not null,
    password_hash      varchar(400),
    status             varchar(20) not null
        check (status in ('PENDING_ACTIVATION', 'INVITED', 'ACTIVE', 'DEACTIVATED')),
    language           varchar(5) not null default 'fr' check (language in ('fr', 'en')),
    terms_version      varchar(20) references terms_of_use (version),
    terms_accepted_at  timestamptz,
    created_at         timestamptz not null default now(),
    activated_at       timestamptz,
    last_login_at      timestamptz,
    version            bigint not null default 0
);
-- the login is the e-mail, compared without case
create unique index account_email_uk on account (lower(email));

create table account_role (
    account_id  bigint not null references account (id) on delete cascade,
    role        varchar(20) not null check (role in ('PARENT', 'AGENT', 'FINANCE', 'ADMIN')),
    primary key (account_id, role)
);

-- single-use tokens sent by e-mail; only their SHA-256 hash is stored
create table account_token (
    id          bigserial primary key,
    account_id  bigint not null references account (id) on delete cascade,
    purpose     varchar(20) not null check (purpose in ('ACTIVATION', 'PASSWORD_RESET', 'INVITATION')),
    token_hash  char(64) not null unique,
    created_at  timestamptz not null default now(),
    expires_at  timestamptz not null,
    used_at     timestamptz
);
create index account_token_account_idx on account_token (account_id, purpose);

-- failed logins per e-mail, known or not, so that lockout reveals nothing about accounts
create table login_throttle (
    email          varchar(254) primary key,
    failures       integer not null default 0,
    locked_until   timestamptz,
    last_failure_at timestamptz not null
);

create table audit_entry (
    id           bigserial primary key,
    at           timestamptz not null default now(),
    actor_id     bigint,
    actor_email  varchar(254),
    ip           varchar(45),
    action       varchar(60) not null,
    object_type  varchar(60),
    object_id    varchar(60),
    before_json  jsonb,
    after_json   jsonb
);
create index audit_entry_at_idx on audit_entry (at desc);
create index audit_entry_object_idx on audit_entry (object_type, object_id);
create index audit_entry_actor_idx on audit_entry (lower(actor_email));
create index audit_entry_action_idx on audit_entry (action);

create table outbox_mail (
    id               bigserial primary key,
    recipient        varchar(254) not null,
    language         varchar(5) not null,
    template         varchar(60) not null,
    subject          varchar(300) not null,
    body             text not null,
    status           varchar(10) not null default 'PENDING' check (status in ('PENDING', 'SENT', 'FAILED')),
    attempts         integer not null default 0,
    next_attempt_at  timestamptz not null default now(),
    last_error       varchar(1000),
    created_at       timestamptz not null default now(),
    sent_at          timestamptz
);
create index outbox_mail_due_idx on outbox_mail (next_attempt_at) where status = 'PENDING';
create index outbox_mail_created_idx on outbox_mail (created_at desc);

-- one row per named setting of the town (name, theme, demo data loaded...)
create table setting (
    name   varchar(100) primary key,
    value  text not null
);
