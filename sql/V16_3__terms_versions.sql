-- Terms of use with versions: each version keeps its text in French and English, the day it comes into
-- force (Paris) and who published it; the version in force is the latest whose day has come by the
-- portal's clock (never the database's). A version published ahead waits for its day.
alter table terms_of_use
    add column text_fr      text,
    add column text_en      text,
    add column in_force_on  date,
    add column published_by bigint references account (id);

-- the text the message bundle carried until now becomes version 2026-09 (published by nobody: shipped);
-- a line starting with "# " is a heading, blank lines separate paragraphs
update terms_of_use set in_force_on = date '2026-09-01',
    text_fr = E'# Objet du portail\n\n'
        || E'Le portail famille permet aux familles de la commune de tenir leur dossier à jour, de réserver et d’annuler les activités de leurs enfants dans les délais de chaque activité, de consulter leurs factures et de les payer en ligne par le service de paiement de la DGFiP.\n\n'
        || E'# Compte et identifiant\n\n'
        || E'Le compte est personnel ; l’identifiant est l’adresse e-mail. Chaque opération (inscription, réservation, annulation, paiement, consentements, dépôt de document, changement de coordonnées) est enregistrée et rattachée au compte qui l’a faite. Le mot de passe compte au moins 12 caractères avec majuscule, minuscule, chiffre et caractère spécial.\n\n'
        || E'# Exactitude du dossier\n\n'
        || E'Le titulaire tient son dossier famille exact. Certaines modifications (quotient familial, garde, personnes non autorisées) sont validées par un agent avant de s’appliquer.\n\n'
        || E'# Données personnelles\n\n'
        || E'Les données sont traitées par la commune pour la gestion des services à l’enfance. Vous pouvez les consulter, les rectifier, les exporter et demander leur effacement, sauf factures impayées ou activité récente. Un compte inutilisé pendant 3 ans est supprimé après avertissement.',
    text_en = E'# Purpose of the portal\n\n'
        || E'The family portal lets the town’s families keep their file up to date, book and cancel their children’s activities within each activity’s deadlines, see their invoices and pay them online through the DGFiP payment service.\n\n'
        || E'# Account and login\n\n'
        || E'The account is personal; the login is the e-mail address. Every operation (registration, booking, cancellation, payment, consents, document upload, change of contact details) is recorded and tied to the account that made it. The password has at least 12 characters with upper case, lower case, digit and symbol.\n\n'
        || E'# Accuracy of the file\n\n'
        || E'The holder keeps the family file accurate. Some changes (family quotient, custody, persons not allowed) are checked by a staff member before they apply.\n\n'
        || E'# Personal data\n\n'
        || E'The data is processed by the town to run its children services. You can consult, correct, export it and ask for its erasure, unless invoices are unpaid or there was recent activity. An account unused for 3 years is deleted after warnings.'
where version = '2026-09';
-- any other row (none is shipped) gets its publication day and an empty text, to be replaced by a new version
update terms_of_use set in_force_on = (published_at at time zone 'Europe/Paris')::date,
    text_fr = coalesce(text_fr, version), text_en = coalesce(text_en, version) where in_force_on is null;

alter table terms_of_use
    alter column text_fr set not null,
    alter column text_en set not null,
    alter column in_force_on set not null,
    add constraint terms_of_use_version_not_blank check (btrim(version) <> '');
create index terms_of_use_in_force_idx on terms_of_use (in_force_on desc, published_at desc);

-- every acceptance of every account: account.terms_version/terms_accepted_at stay as the latest one
create table terms_acceptance (
    id           bigserial   primary key,
    account_id   bigint      not null references account (id) on delete cascade,
    version      varchar(20) not null references terms_of_use (version),
    accepted_at  timestamptz not null,
    constraint terms_acceptance_once unique (account_id, version)
);
create index terms_acceptance_version_idx on terms_acceptance (version);

insert into terms_acceptance (account_id, version, accepted_at)
select id, terms_version, coalesce(terms_accepted_at, created_at) from account where terms_version is not null;

-- Whatever writes the account's latest acceptance (sign-up, invitation, the acceptance page, the demo
-- town's set-based inserts) also writes the history: the two cannot disagree. The instant is the one the
-- application wrote (its clock), never the database's.
create function terms_acceptance_history() returns trigger language plpgsql as $$
begin
    if new.terms_version is not null
            and (tg_op = 'INSERT' or new.terms_version is distinct from old.terms_version) then
        insert into terms_acceptance (account_id, version, accepted_at)
        values (new.id, new.terms_version, coalesce(new.terms_accepted_at, new.created_at))
        on conflict (account_id, version) do nothing;
    end if;
    return new;
end
$$;
create trigger account_terms_acceptance after insert or update of terms_version on account
    for each row execute function terms_acceptance_history();
