-- Guardians invited by a guardian of the household, and the family's requests that an agent
-- validates (custody link, person not allowed to pick a child up) with their message thread.

-- An invitation to become guardian of a household. The invitee always has an account: a new
-- e-mail gets an INVITED account (as at the counter) that chooses its password from the mail.
create table guardian_invitation (
    id            bigserial primary key,
    household_id  bigint not null references household (id) on delete cascade,
    account_id    bigint not null references account (id) on delete cascade,
    invited_by    bigint references account (id) on delete set null,
    created_at    timestamptz not null,
    expires_at    timestamptz not null,
    state         varchar(10) not null default 'PENDING'
        check (state in ('PENDING', 'ACCEPTED', 'DECLINED', 'CANCELLED')),
    decided_at    timestamptz,
    version       bigint not null default 0
);
-- one pending invitation per household and person
create unique index guardian_invitation_pending_idx on guardian_invitation (household_id, account_id)
    where state = 'PENDING';
create index guardian_invitation_account_idx on guardian_invitation (account_id) where state = 'PENDING';

-- A change of the household file that an agent validates. The payload is what the family wrote:
--  CUSTODY_LINK: either child_id (a child of the household, to link to the other parent's household)
--    or child_first_name/last_name/birth_date (a child of another household, to link to this one),
--    with the other parent's name and e-mail;
--  NOT_ALLOWED_PERSON: child_id and the person (names, relation), with an optional proof (court
--    decision), deleted once decided.
create table household_request (
    id                 bigserial primary key,
    household_id       bigint not null references household (id) on delete cascade,
    type               varchar(20) not null check (type in ('CUSTODY_LINK', 'NOT_ALLOWED_PERSON')),
    state              varchar(10) not null default 'SUBMITTED' check (state in ('SUBMITTED', 'ACCEPTED', 'REFUSED')),
    child_id           bigint references child (id) on delete set null,
    person_first_name  varchar(100),
    person_last_name   varchar(100),
    relation           varchar(60),
    other_parent_name  varchar(210),
    other_parent_email varchar(254),
    child_first_name   varchar(100),
    child_last_name    varchar(100),
    child_birth_date   date,
    note               varchar(1000),
    proof              bytea,
    proof_type         varchar(40),
    proof_size         integer,
    submitted_by       bigint references account (id) on delete set null,
    submitted_at       timestamptz not null,
    decided_by         bigint references account (id) on delete set null,
    decided_at         timestamptz,
    decision_message   varchar(1000),
    version            bigint not null default 0
);
create index household_request_household_idx on household_request (household_id, submitted_at desc);
create index household_request_submitted_idx on household_request (submitted_at) where state = 'SUBMITTED';

-- the thread between the family and the agents about one request
create table household_request_message (
    id          bigserial primary key,
    request_id  bigint not null references household_request (id) on delete cascade,
    at          timestamptz not null,
    author_id   bigint references account (id) on delete set null,
    author_name varchar(210) not null,
    from_staff  boolean not null,
    body        varchar(2000) not null
);
create index household_request_message_request_idx on household_request_message (request_id, at, id);
