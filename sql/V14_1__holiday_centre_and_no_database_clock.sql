-- The leisure centre of the school holidays is an activity type of its own.
alter table activity drop constraint activity_type_check;
alter table activity add constraint activity_type_check check (type in ('CANTEEN', 'MORNING_CARE', 'EVENING_CARE',
    'WEDNESDAY_CENTRE', 'HOLIDAY_CENTRE', 'HOLIDAY_CAMP', 'WEEKLY_CLASS', 'ROOM_HIRE'));

-- "Now" comes only from the portal's clock (which may run as of another day: MARELLE_TODAY), never from
-- the database's: an insert that forgets its instant fails instead of silently taking the real date.
alter table terms_of_use alter column published_at drop default;
alter table account alter column created_at drop default;
alter table account_token alter column created_at drop default;
alter table audit_entry alter column at drop default;
alter table outbox_mail alter column next_attempt_at drop default;
alter table outbox_mail alter column created_at drop default;
alter table site alter column created_at drop default;
alter table household alter column created_at drop default;
alter table guardian alter column joined_at drop default;
alter table child alter column created_at drop default;
alter table household_child alter column linked_at drop default;
alter table pickup_person alter column created_at drop default;
alter table family_quotient alter column submitted_at drop default;
alter table household_change alter column at drop default;
alter table activity alter column created_at drop default;
alter table closure alter column created_at drop default;
alter table price_grid alter column created_at drop default;
