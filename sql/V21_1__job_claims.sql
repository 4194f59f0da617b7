-- Work that must run once whichever nodes are up (the nightly retention run): the first node to insert
-- its claim for the period runs it, the others see the row and skip. One row per job and night.
create table job_claim (
    job        varchar(60)  not null,
    period     varchar(40)  not null,
    node       varchar(200) not null,
    claimed_at timestamptz  not null,
    primary key (job, period)
);
