-- The household file (dossier famille): households, their guardians (accounts), children (a child
-- may belong to two households: alternating custody), authorised and not-allowed pick-up persons,
-- family quotients with their proof, and the change history the family sees.
-- Phones are stored in E.164 (+33612345678).

create table household (
    id                   bigserial primary key,
    name                 varchar(120) not null,
    address_line1        varchar(200),
    address_line2        varchar(200),
    postcode             varchar(10),
    city                 varchar(100),
    phone                varchar(20),
    other_phone          varchar(20),
    billing_account_id   bigint references account (id),
    -- null: follows the town's postcode list; true/false: set by an agent
    resident_override    boolean,
    -- lower case without accents: name, guardians, e-mails, phones, children (kept by the application)
    search_text          text not null default '',
    created_at           timestamptz not null default now(),
    version              bigint not null default 0
);
create index household_name_idx on household (lower(name));

-- an account is guardian of one household at most (primary key)
create table guardian (
    account_id    bigint primary key references account (id) on delete cascade,
    household_id  bigint not null references household (id) on delete cascade,
    joined_at     timestamptz not null default now()
);
create index guardian_household_idx on guardian (household_id);

create table child (
    id              bigserial primary key,
    first_name      varchar(100) not null,
    last_name       varchar(100) not null,
    birth_date      date not null,
    sex             varchar(1) check (sex in ('F', 'M')),
    school_site_id  bigint references site (id),
    level_code      varchar(10) references school_level (code),
    diet            varchar(20) not null default 'NONE'
        check (diet in ('NONE', 'NO_PORK', 'VEGETARIAN', 'NO_MEAT', 'OTHER')),
    diet_other      varchar(200),
    allergies       varchar(1000),
    pai             boolean not null default false,
    doctor_name     varchar(120),
    doctor_phone    varchar(20),
    photo_consent   boolean not null default false,
    created_at      timestamptz not null default now(),
    version         bigint not null default 0
);

-- a child belongs to one household, or to two (alternating custody, linked by an agent)
create table household_child (
    household_id  bigint not null references household (id) on delete cascade,
    child_id      bigint not null references child (id) on delete cascade,
    linked_at     timestamptz not null default now(),
    primary key (household_id, child_id)
);
create index household_child_child_idx on household_child (child_id);

create table pickup_person (
    id                 bigserial primary key,
    child_id           bigint not null references child (id) on delete cascade,
    first_name         varchar(100) not null,
    last_name          varchar(100) not null,
    relation           varchar(60) not null,
    phone              varchar(20),
    other_phone        varchar(20),
    may_pick_up        boolean not null default true,
    emergency_contact  boolean not null default false,
    -- a person who must not pick the child up (court decision); recorded by an agent only
    not_allowed        boolean not null default false,
    note               varchar(500),
    created_at         timestamptz not null default now(),
    version            bigint not null default 0,
    check (not (not_allowed and (may_pick_up or emergency_contact)))
);
create index pickup_person_child_idx on pickup_person (child_id);

-- a family quotient as declared by the family: pending until an agent accepts or refuses it;
-- the proof is deleted once decided
create table family_quotient (
    id                bigserial primary key,
    household_id      bigint not null references household (id) on delete cascade,
    amount            integer not null check (amount >= 0),
    valid_from        date not null,
    valid_to          date not null,
    status            varchar(10) not null default 'PENDING' check (status in ('PENDING', 'ACCEPTED', 'REFUSED')),
    proof             bytea,
    proof_type        varchar(40),
    proof_size        integer,
    submitted_by      bigint references account (id),
    submitted_at      timestamptz not null default now(),
    decided_by        bigint references account (id),
    decided_at        timestamptz,
    decision_message  varchar(1000),
    version           bigint not null default 0,
    check (valid_to >= valid_from)
);
create index family_quotient_household_idx on family_quotient (household_id, submitted_at desc);
create index family_quotient_pending_idx on family_quotient (submitted_at) where status = 'PENDING';

-- what the family sees of the changes of its file: who, when, what, old and new value
create table household_change (
    id            bigserial primary key,
    household_id  bigint not null references household (id) on delete cascade,
    at            timestamptz not null default now(),
    actor_id      bigint,
    actor_name    varchar(210) not null,
    subject       varchar(210) not null,
    field         varchar(60) not null,
    old_value     varchar(1000),
    new_value     varchar(1000)
);
create index household_change_household_idx on household_change (household_id, at desc, id desc);

-- Lower case without accents, apostrophes and hyphens as spaces: the search key of households
-- (the unaccent extension is not assumed to be installable on the town's server).
create function marelle_fold(t text) returns text
    language sql immutable parallel safe
    as $$ select translate(replace(replace(lower(coalesce(t, '')), 'œ', 'oe'), 'æ', 'ae'),
                           'àáâãäåçèéêëìíîïñòóôõöøùúûüýÿ''’-',
                           'aaaaaaceeeeiiiinoooooouuuuyy   ') $$;

-- the search text of one household from its name, guardians, phones and children
create function household_search_text(h bigint) returns text
    language sql stable
    as $$ select marelle_fold(concat_ws(' ', hh.name, hh.phone, hh.other_phone,
              (select string_agg(a.first_name || ' ' || a.last_name || ' ' || a.email, ' ')
                 from guardian g join account a on a.id = g.account_id where g.household_id = hh.id),
              (select string_agg(c.first_name || ' ' || c.last_name, ' ')
                 from household_child hc join child c on c.id = hc.child_id where hc.household_id = hh.id)))
          from household hh where hh.id = h $$;
