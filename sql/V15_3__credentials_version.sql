-- Raised when the password changes (change, reset, invitation) or the account is deactivated. A session
-- remembers the value it signed in with and ends at its next request once they differ, on whichever node
-- that request lands (nothing about sessions is kept in memory across nodes).
alter table account add column credentials_version integer not null default 0;
