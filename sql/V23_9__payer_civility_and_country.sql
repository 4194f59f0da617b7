-- The household's payer as the public accountant needs it (PES V2 Tiers, TREASURY.md §1.3): an optional
-- civility per guardian (M or MME, the codes the PES file carries) and an optional country of the
-- household's address, as its INSEE code (99xxx); null means France.
alter table guardian
    add column civility varchar(3) check (civility in ('M', 'MME'));

alter table household
    add column country_code varchar(5) check (country_code ~ '^99[0-9]{3}$' and country_code <> '99100');
