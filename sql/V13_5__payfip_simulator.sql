-- Online payments, provider side: each régie collects through its own PayFiP client number,
-- and the PayFiP simulator (demo and tests) keeps its operations here so that the portal's poller
-- still finds them after a restart and several nodes agree.

alter table regie add column payfip_client varchar(6)
    check (payfip_client ~ '^[0-9]{6}$');

create table payfip_simulator_operation (
    id_op          varchar(64) primary key,
    numcli         varchar(6)   not null,
    exer           integer      not null,
    refdet         varchar(30)  not null,
    objet          varchar(100) not null,
    montant        bigint       not null check (montant between 100 and 10000000),
    mel            varchar(80)  not null,
    urlnotif       varchar(2000) not null,
    urlredirect    varchar(2000) not null,
    saisie         char(1)      not null,
    created_at     timestamptz  not null,
    -- the payer's choice on the simulated page: P, V, R, Z or A; null until then
    resultrans     char(1),
    numauto        varchar(16),
    dattrans       char(8),
    heurtrans      char(4),
    -- test switches chosen with the result
    no_result_left integer      not null default 0 check (no_result_left >= 0),
    notify_at      timestamptz,
    notified_at    timestamptz,
    notify_status  varchar(200)
);

create index payfip_simulator_operation_due on payfip_simulator_operation (notify_at)
    where notify_at is not null and notified_at is null;
create index payfip_simulator_operation_day on payfip_simulator_operation (dattrans);
