-- A mail is claimed (committed) before it is handed to the SMTP server and marked sent after: a node that
-- stops in between leaves the claim behind, and the mail is then listed as uncertain, never sent twice.
alter table outbox_mail add column sending_since timestamptz;

create index outbox_mail_sending_idx on outbox_mail (sending_since) where sending_since is not null;
