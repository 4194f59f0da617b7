-- The SEPA creditor moves from the settings table (sepa.ics, sepa.creditorName, sepa.rumPrefix, sepa.creditorIban,
-- sepa.creditorBic) into the treasury settings of each régie, edited by the administrator: a debit run is paid into
-- its régie's account under its régie's creditor identifier (ICS). Checked by the application (ICS key, IBAN, BIC);
-- the checks here only stop values that could never be right.
create table treasury_sepa_creditor (
    regie_code     varchar(20) primary key references regie (code),
    ics            varchar(35) not null check (ics ~ '^[A-Z]{2}[0-9]{2}[A-Z0-9]{4,31}$'),
    -- the name debtors see on their statements; null: the town's name
    creditor_name  varchar(70),
    -- start of the RUM of new mandates (RUM = prefix-household-number); null: MARELLE
    rum_prefix     varchar(12) check (rum_prefix ~ '^[A-Z0-9]{1,12}$'),
    -- the account the debits are paid into: without it no run can be made
    iban           varchar(34) check (iban ~ '^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$'),
    bic            varchar(11) check (bic ~ '^[A-Z]{6}[A-Z2-9][A-NP-Z0-9]([A-Z0-9]{3})?$'),
    updated_by     bigint references account (id),
    -- null when carried over from the former settings (a migration has no portal clock)
    updated_at     timestamptz
);

-- Until now the town had one creditor for every régie: each régie gets it, whatever the settings held (values that
-- do not fit the checks above are left out, to be entered again on the treasury settings page).
insert into treasury_sepa_creditor (regie_code, ics, creditor_name, rum_prefix, iban, bic)
select r.code, c.ics,
       left(nullif(btrim(c.name), ''), 70),
       -- as new RUMs were built: letters and digits, 12 at most
       case when c.prefix <> '' then left(c.prefix, 12) end,
       case when c.iban ~ '^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$' then c.iban end,
       case when c.bic ~ '^[A-Z]{6}[A-Z2-9][A-NP-Z0-9]([A-Z0-9]{3})?$' then c.bic end
from regie r
cross join (select upper(regexp_replace((select value from setting where name = 'sepa.ics'), '\s', '', 'g')) as ics,
                   (select value from setting where name = 'sepa.creditorName') as name,
                   upper(regexp_replace(coalesce((select value from setting where name = 'sepa.rumPrefix'), ''), '[^A-Za-z0-9]', '', 'g')) as prefix,
                   upper(regexp_replace(coalesce((select value from setting where name = 'sepa.creditorIban'), ''), '\s', '', 'g')) as iban,
                   upper(regexp_replace(coalesce((select value from setting where name = 'sepa.creditorBic'), ''), '\s', '', 'g')) as bic) c
where c.ics ~ '^[A-Z]{2}[0-9]{2}[A-Z0-9]{4,31}$';

delete from setting where name in ('sepa.ics', 'sepa.creditorName', 'sepa.rumPrefix', 'sepa.creditorIban', 'sepa.creditorBic');

-- A debit is made only on a mandate signed for its run's creditor identifier.
create index sepa_mandate_creditor_idx on sepa_mandate (creditor_ics);
