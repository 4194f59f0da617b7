-- The audit log is read a page at a time, newest first, often for one action (the page's filter):
-- this index serves both the page and its exact count without reading the whole trail.
create index audit_entry_action_at_idx on audit_entry (action, at desc);
