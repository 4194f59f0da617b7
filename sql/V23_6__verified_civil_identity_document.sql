-- Staff record a guardian's civil identity from an official document (the household page or
-- PUT /api/v1/staff/accounts/{id}/civil-identity): which kind of document they saw and why, kept with
-- the six pivot fields; the document itself is never stored.
alter table verified_civil_identity
    add column document_kind varchar(30) not null default 'OTHER'
        check (document_kind in ('ID_CARD', 'PASSPORT', 'RESIDENCE_PERMIT', 'BIRTH_CERTIFICATE', 'FAMILY_RECORD_BOOK', 'OTHER')),
    add column note varchar(300) not null default '';
