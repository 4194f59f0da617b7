-- FranceConnect: the link between a person (an account, never a household: two parents are two
-- FranceConnect identities) and the opaque "sub" FranceConnect gives that person for this service,
-- and the civil identities the town verified (on documents) that allow an automatic link.
create table fc_link (
    account_id     bigint       primary key references account (id),
    -- the issuer the sub belongs to: a sandbox sub is not a production sub
    issuer         varchar(200) not null,
    sub            varchar(200) not null,
    linked_at      timestamptz  not null,
    -- how the link was made: LINKED_SIGNED_IN, AUTOMATIC_PIVOT_MATCH, LINKED_AFTER_LOCAL_LOGIN, REGISTERED
    linked_how     varchar(40)  not null,
    last_login_at  timestamptz,
    -- the identity FranceConnect gave when linking (shown, never written over the account's data)
    pivot_snapshot jsonb        not null,
    unique (issuer, sub)
);

-- The six pivot fields of a person as verified by the town's staff on an official document; only
-- these allow FranceConnect to link an unknown identity without the person signing in locally.
create table verified_civil_identity (
    account_id    bigint       primary key references account (id),
    family_name   varchar(200) not null,
    given_names   varchar(300) not null,
    birthdate     date         not null,
    gender        varchar(10)  not null check (gender in ('male', 'female')),
    -- INSEE commune code, empty when born abroad
    birthplace    varchar(5)   not null default '',
    -- INSEE country code, 99100 for France
    birthcountry  varchar(5)   not null,
    verified_at   timestamptz  not null,
    verified_by   varchar(200) not null
);
