-- API tokens for software (integrations, scripts): a bearer secret shown once, kept only as its
-- SHA-256 hash, acting with one role of its account, revocable, with its last use recorded. They
-- spare each API call the password hash that HTTP Basic costs.
create table api_token (
    id            bigserial primary key,
    account_id    bigint       not null references account (id),
    name          varchar(100) not null,
    role          varchar(20)  not null check (role in ('PARENT', 'AGENT', 'FINANCE', 'ADMIN')),
    token_hash    char(64)     not null unique,
    -- the first characters of the secret, to recognise a token in a list
    prefix        varchar(12)  not null,
    created_at    timestamptz  not null,
    created_by    bigint       not null references account (id),
    expires_at    timestamptz,
    last_used_at  timestamptz,
    revoked_at    timestamptz
);
create index api_token_account on api_token (account_id);
