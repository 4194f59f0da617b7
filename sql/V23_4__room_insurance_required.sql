-- A room may require an insurance certificate for every hire (e.g. a hall with a kitchen): a hire asked for
-- it starts with the certificate required, and an agent accepts it only once the certificate is there. A hire
-- keeps the requirement it was asked under; an agent may still ask for the certificate on any other hire.
alter table room add column insurance_required boolean not null default false;
