-- Who signed each staff decision on what a family submitted ("Name, title", CRPA L.212-1), as the
-- town's legal settings named the signatory when the decision was made: a later change of
-- signatory must not rewrite past decisions on the family's pages.
alter table family_quotient add column decision_signatory varchar(420);
alter table household_request add column decision_signatory varchar(420);
alter table registration add column decision_signatory varchar(420);
