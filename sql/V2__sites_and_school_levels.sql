-- Places where activities happen (schools, leisure centre, rooms) and the French school levels.
-- Shared reference data: a child's school is a site of kind SCHOOL; activities take place at sites.

create table school_level (
    code      varchar(10) primary key,
    position  integer not null unique,
    label_fr  varchar(60) not null,
    label_en  varchar(60) not null,
    cycle     varchar(20) not null check (cycle in ('MATERNELLE', 'ELEMENTAIRE'))
);
insert into school_level (code, position, label_fr, label_en, cycle) values
    ('TPS', 1, 'Toute petite section', 'Nursery (2 years)', 'MATERNELLE'),
    ('PS', 2, 'Petite section', 'Nursery (3 years)', 'MATERNELLE'),
    ('MS', 3, 'Moyenne section', 'Nursery (4 years)', 'MATERNELLE'),
    ('GS', 4, 'Grande section', 'Reception (5 years)', 'MATERNELLE'),
    ('CP', 5, 'CP', 'Year 1 (CP)', 'ELEMENTAIRE'),
    ('CE1', 6, 'CE1', 'Year 2 (CE1)', 'ELEMENTAIRE'),
    ('CE2', 7, 'CE2', 'Year 3 (CE2)', 'ELEMENTAIRE'),
    ('CM1', 8, 'CM1', 'Year 4 (CM1)', 'ELEMENTAIRE'),
    ('CM2', 9, 'CM2', 'Year 5 (CM2)', 'ELEMENTAIRE');

create table site (
    id          bigserial primary key,
    name        varchar(120) not null,
    kind        varchar(20) not null check (kind in ('SCHOOL', 'LEISURE_CENTRE', 'ROOM', 'OTHER')),
    address     varchar(300),
    active      boolean not null default true,
    created_at  timestamptz not null default now(),
    version     bigint not null default 0
);
create unique index site_name_uk on site (lower(name));
