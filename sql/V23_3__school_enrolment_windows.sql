-- When families may ask online to enrol a child at school, per school year (issue 19): the administrator opens
-- the requests for a school year from one day to another (both included, Paris days). Outside it, the portal
-- refuses a family's request, a dérogation too; staff may still enter one at the counter. A school year without
-- a window is open as long as the portal offers it.
create table school_enrolment_window (
    school_year  varchar(9) primary key check (school_year ~ '^[0-9]{4}-[0-9]{4}$'),
    opens_on     date not null,
    closes_on    date not null,
    updated_by   bigint references account (id),
    updated_at   timestamptz not null,
    check (opens_on <= closes_on)
);
