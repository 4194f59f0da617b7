-- Invoices handed to the public treasury (titre de recette) when still unpaid some time after their
-- due date: from then on they can no longer be paid on the portal. A separate record, never a change
-- of the (immutable) invoice; immutable itself.
create table invoice_treasury_transfer (
    invoice_id  bigint primary key references invoice (id),
    sent_on     date not null,
    sent_by     bigint references account (id),
    sent_at     timestamptz not null,
    reference   varchar(100)
);
create trigger invoice_treasury_transfer_immutable before update or delete on invoice_treasury_transfer
    for each row execute function billing_refuse_change();
