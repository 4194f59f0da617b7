package fr.marelle.audit.entity;

import java.time.OffsetDateTime;

/** One line of the audit trail as read back for the administrator. */
public record AuditEntry(long id, OffsetDateTime at, Long actorId, String actorEmail, String ip,
                         String action, String objectType, String objectId,
                         String beforeJson, String afterJson) {
}
