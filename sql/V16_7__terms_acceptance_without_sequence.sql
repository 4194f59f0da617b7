-- The trigger that records each terms acceptance runs inside the insert of an account. EclipseLink
-- reads the new account's id with lastval(), so the trigger must not draw from a sequence of its
-- own: with terms_acceptance.id it did, and the new account got the acceptance's id instead
-- (registrations failed on account_role's foreign key as soon as the two sequences drifted apart).
-- An acceptance is identified by its account and version anyway.
alter table terms_acceptance drop constraint terms_acceptance_pkey;
alter table terms_acceptance drop constraint terms_acceptance_once;
alter table terms_acceptance drop column id;
alter table terms_acceptance add primary key (account_id, version);
