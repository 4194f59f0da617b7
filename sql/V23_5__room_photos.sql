-- Optional photos of a room, shown on its page to households: JPEG or PNG of at most 5 MB (checked by
-- content before it gets here), each with the text alternative a screen reader reads (required).
create table room_photo (
    id          bigserial primary key,
    room_id     bigint not null references room (id) on delete cascade,
    content     bytea not null,
    media_type  varchar(20) not null check (media_type in ('image/jpeg', 'image/png')),
    alt_text    varchar(300) not null check (length(btrim(alt_text)) > 0),
    created_at  timestamptz not null
);
create index room_photo_room_idx on room_photo (room_id, id);
