-- Requests counted per (action, key, fixed window), shared by every node: registrations and resets
-- per address or recipient, invitations per household, login failures and Basic calls per address.
-- The application gives window_start (its clock), never the database.
create table request_throttle (
    action       varchar(40)  not null,
    key          varchar(254) not null,
    window_start timestamptz  not null,
    hits         integer      not null,
    primary key (action, key, window_start)
);
create index request_throttle_window_idx on request_throttle (window_start);

-- failed logins per e-mail *and* client address: a stranger's failures lock only the stranger's address
alter table login_throttle add column address varchar(45) not null default '';
alter table login_throttle drop constraint login_throttle_pkey;
alter table login_throttle add primary key (email, address);
