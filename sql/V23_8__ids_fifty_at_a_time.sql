-- The rows written on every booking (the booking, its history line, its mail) take their ids 50 at a time:
-- EclipseLink asks the sequence once per 50 rows instead of reading lastval() after each insert. A value
-- of the sequence is the last id of a block, so rows inserted with the column's default (demo data, SQL)
-- take ids that no block contains.
do $$
declare
    t text;
begin
    foreach t in array array['booking', 'booking_change', 'outbox_mail'] loop
        execute format('alter sequence %s increment by 50', pg_get_serial_sequence(t, 'id'));
        execute format('select setval(%L, (select coalesce(max(id), 0) from %I) + 50)', pg_get_serial_sequence(t, 'id'), t);
    end loop;
end $$;
