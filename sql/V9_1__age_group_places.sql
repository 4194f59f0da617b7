-- Places per age group on each session of an activity (e.g. 3-5 years: 24 places, 6-11 years: 36),
-- for the supervision ratios that differ with age; they apply on top of the session's capacity.
-- A child whose age falls in no group is counted against the session's capacity only.
create table activity_age_group (
    activity_id  bigint not null references activity (id) on delete cascade,
    label        varchar(60) not null,
    min_age      integer not null check (min_age between 0 and 25),
    max_age      integer not null check (max_age between 0 and 25),
    places       integer not null check (places between 1 and 10000),
    check (min_age <= max_age),
    primary key (activity_id, min_age)
);
