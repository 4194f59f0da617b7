package fr.marelle.audit.control;

import java.time.OffsetDateTime;

/** Criteria of an audit-trail search; null means "any". */
public record AuditQuery(String actorEmail, String action, String objectType, String objectId,
                         OffsetDateTime from, OffsetDateTime to) {
}
