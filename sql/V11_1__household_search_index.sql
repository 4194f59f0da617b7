-- Staff search of households (issue 4, item 7): "contains" searches (LIKE '%…%') on the folded
-- search text read every household without an index. A trigram GIN index answers them from the
-- index for three characters or more. pg_trgm is one of PostgreSQL's contrib modules (shipped with
-- the embedded PostgreSQL, Debian's and the official images; a trusted extension that the database
-- owner may create). Where it cannot be created, the search still works, reading every household.
do $$
begin
    create extension if not exists pg_trgm;
exception when others then
    raise notice 'pg_trgm is not available (%): the household search reads every household', sqlerrm;
end $$;

do $$
begin
    if exists (select 1 from pg_extension where extname = 'pg_trgm') then
        execute 'create index if not exists household_search_trgm_idx on household using gin (search_text gin_trgm_ops)';
    end if;
end $$;
