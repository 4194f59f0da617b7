-- Invoices, credit notes and payments are kept as public accounting requires (10 years after the
-- financial year by default), then the retention job blanks the names and free text in them. The
-- documents stay immutable otherwise: only a transaction that declared itself the retention job's
-- anonymisation (set_config('marelle.retention', 'anonymise', true)) may update them, and nobody
-- may delete them.
create or replace function billing_refuse_change() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' and current_setting('marelle.retention', true) = 'anonymise' then
        return new;
    end if;
    raise exception 'a published % cannot be changed or deleted: correct it with a credit note', tg_table_name
        using errcode = 'check_violation';
end $$;

alter table retention_run add column invoices_anonymised integer not null default 0;
