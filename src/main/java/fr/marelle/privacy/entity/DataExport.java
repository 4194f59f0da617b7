package fr.marelle.privacy.entity;

import jakarta.json.JsonValue;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Everything the portal holds on a household, as its guardian downloads it (GDPR access and portability).
 * Instants are ISO-8601 at Paris's offset, days ISO dates, money integer cents. Never a password hash, a token
 * secret or a proof file: only that they exist.
 */
@Schema(name = "DataExport", description = "Everything the portal holds on the signed-in parent's household")
public record DataExport(
        OffsetDateTime exportedAt,
        AccountData account,
        HouseholdData household,
        List<GuardianData> guardians,
        List<InvitationData> guardianInvitations,
        List<ChildData> children,
        List<QuotientData> familyQuotients,
        List<RequestData> householdRequests,
        List<RegistrationData> registrations,
        List<BookingData> bookings,
        List<BookingChangeData> bookingChanges,
        List<AttendanceData> attendance,
        List<InvoiceData> invoices,
        List<CreditNoteData> creditNotes,
        List<PaymentData> payments,
        List<PaymentAttemptData> onlinePaymentAttempts,
        List<CalendarFeedData> calendarFeeds,
        List<ApiTokenData> apiTokens,
        List<HistoryData> householdHistory,
        List<AuditData> auditEntries,
        List<EnrolmentData> schoolEnrolments,
        List<RoomHireData> roomHires,
        @Schema(description = "The association or company the account holds for; absent for a private person")
        OrganisationData organisation) {

    @Schema(name = "DataExportAccount", description = "The signed-in account (its login is the e-mail)")
    public record AccountData(String email, String firstName, String lastName, List<String> roles, String status,
                              String language, OffsetDateTime createdAt, OffsetDateTime activatedAt,
                              OffsetDateTime lastSignInAt, String termsVersion, OffsetDateTime termsAcceptedAt,
                              boolean maintenanceNotices,
                              @Schema(description = "Every version of the terms of use this account accepted, and when")
                              List<TermsAcceptanceData> termsAcceptances,
                              @Schema(description = "The account's link to FranceConnect; absent when not linked")
                              FranceConnectLinkData franceConnect,
                              @Schema(description = "The civil identity the town verified on a document; absent when not verified")
                              CivilIdentityData verifiedCivilIdentity) {
    }

    @Schema(name = "DataExportFranceConnectLink", description = "The FranceConnect identity the account is linked to")
    public record FranceConnectLinkData(
            @Schema(description = "FranceConnect's issuer (sandbox or production)") String issuer,
            @Schema(description = "The identifier FranceConnect gives this person for this portal only (the sub), in full:"
                    + " it signs nobody in by itself") String sub,
            OffsetDateTime linkedAt,
            @Schema(description = "LINKED_SIGNED_IN, AUTOMATIC_PIVOT_MATCH, LINKED_AFTER_LOCAL_LOGIN or REGISTERED") String linkedHow,
            OffsetDateTime lastSignInAt,
            @Schema(description = "The identity FranceConnect gave when linking (its claims), kept to be shown") JsonValue identity) {
    }

    @Schema(name = "DataExportCivilIdentity", description = "A civil identity verified by the town's staff on an official document")
    public record CivilIdentityData(String familyName, String givenNames, LocalDate birthdate, String gender, String birthplace,
                                    String birthcountry, String documentKind, String note, OffsetDateTime verifiedAt,
                                    String verifiedBy) {
    }

    @Schema(name = "DataExportTermsAcceptance")
    public record TermsAcceptanceData(String version, OffsetDateTime acceptedAt) {
    }

    @Schema(name = "DataExportHousehold")
    public record HouseholdData(long id, String name, String addressLine1, String addressLine2, String postcode,
                                String city,
                                @Schema(description = "INSEE code of the address's country; 99100: France") String country,
                                String phone, String otherPhone, String billingContact,
                                @Schema(description = "Set by an agent; absent: follows the town's postcodes") Boolean residentOverride,
                                OffsetDateTime createdAt) {
    }

    @Schema(name = "DataExportGuardian")
    public record GuardianData(String firstName, String lastName, String email, OffsetDateTime joinedAt,
                               @Schema(description = "M (Monsieur), MME (Madame) or null when not given") String civility) {
    }

    @Schema(name = "DataExportInvitation")
    public record InvitationData(String invitee, String invitedBy, String state, OffsetDateTime createdAt,
                                 OffsetDateTime expiresAt, OffsetDateTime decidedAt) {
    }

    @Schema(name = "DataExportChild", description = "A child with its health data (diet, allergies, PAI, doctor)")
    public record ChildData(long id, String firstName, String lastName, LocalDate birthDate, String sex, String school,
                            String level, String diet, String dietOther, String allergies, boolean pai, String doctorName,
                            String doctorPhone, boolean photoConsent, OffsetDateTime createdAt, OffsetDateTime linkedAt,
                            List<PickupPersonData> pickupPersons) {
    }

    @Schema(name = "DataExportPickupPerson")
    public record PickupPersonData(String firstName, String lastName, String relation, String phone, String otherPhone,
                                   boolean mayPickUp, boolean emergencyContact, boolean notAllowed, String note,
                                   OffsetDateTime createdAt) {
    }

    @Schema(name = "DataExportQuotient", description = "A declared family quotient; the proof file itself is never kept once decided")
    public record QuotientData(int amount, LocalDate validFrom, LocalDate validTo, String status, OffsetDateTime submittedAt,
                               String submittedBy, OffsetDateTime decidedAt, String decidedBy, String decisionMessage,
                               boolean proofReceived, String proofType, Integer proofSize,
                               @Schema(description = "When the proof was deleted (its decision); absent while it is kept")
                               OffsetDateTime proofDeletedAt) {
    }

    @Schema(name = "DataExportRequest")
    public record RequestData(long id, String type, String state, String child, String personFirstName,
                              String personLastName, String relation, String otherParentName, String otherParentEmail,
                              String childFirstName, String childLastName, LocalDate childBirthDate, String note,
                              boolean proofReceived, boolean proofKept, OffsetDateTime submittedAt, String submittedBy,
                              OffsetDateTime decidedAt, String decisionMessage, List<MessageData> messages) {
    }

    @Schema(name = "DataExportMessage")
    public record MessageData(OffsetDateTime at, String author, boolean fromStaff, String text) {
    }

    @Schema(name = "DataExportRegistration")
    public record RegistrationData(long id, String child, String activity, String period, LocalDate validFrom,
                                   LocalDate validTo, String state, String closedBy, OffsetDateTime submittedAt,
                                   OffsetDateTime decidedAt, List<MessageData> messages) {
    }

    @Schema(name = "DataExportBooking")
    public record BookingData(long id, String child, String activity, LocalDate day, String status, String cancelledBy,
                              OffsetDateTime requestedAt, OffsetDateTime confirmedAt, OffsetDateTime cancelledAt,
                              String overrideReason) {
    }

    @Schema(name = "DataExportBookingChange")
    public record BookingChangeData(long bookingId, String child, OffsetDateTime at, String actor, String actorKind,
                                    String action, String reason) {
    }

    @Schema(name = "DataExportAttendance")
    public record AttendanceData(String child, String activity, LocalDate day, String status, String markedBy,
                                 OffsetDateTime markedAt) {
    }

    @Schema(name = "DataExportInvoice")
    public record InvoiceData(long id, String number, String regieCode, String month, String householdName,
                              LocalDate issuedOn, LocalDate dueOn, long totalCents, OffsetDateTime publishedAt,
                              List<LocalDate> remindersSentOn, LocalDate sentToTreasuryOn, List<InvoiceLineData> lines) {
    }

    @Schema(name = "DataExportInvoiceLine")
    public record InvoiceLineData(int position, String child, String activity, LocalDate day, String charge,
                                  int amountCents, int priceCents, Integer band, Boolean quotientKnown, boolean resident,
                                  int reductionPct) {
    }

    @Schema(name = "DataExportCreditNote")
    public record CreditNoteData(String number, String invoiceNumber, String regieCode, String reason, LocalDate issuedOn,
                                 long totalCents, List<CreditNoteLineData> lines) {
    }

    @Schema(name = "DataExportCreditNoteLine")
    public record CreditNoteLineData(String child, String activity, LocalDate day, int amountCents) {
    }

    @Schema(name = "DataExportPayment", description = "A payment, refund (negative) or reversal, with its allocations to invoices")
    public record PaymentData(String number, String regieCode, String kind, String means, long amountCents,
                              LocalDate receivedOn, String chequeNumber, String bank, String reference, String note,
                              OffsetDateTime recordedAt, List<AllocationData> allocations) {
    }

    @Schema(name = "DataExportAllocation")
    public record AllocationData(String invoiceNumber, long amountCents, OffsetDateTime allocatedAt) {
    }

    @Schema(name = "DataExportPaymentAttempt", description = "An online payment attempt (PayFiP)")
    public record PaymentAttemptData(String reference, String provider, String regieCode, long amountCents, String payerEmail,
                                     String status, OffsetDateTime createdAt, OffsetDateTime resolvedAt,
                                     List<String> invoiceNumbers) {
    }

    @Schema(name = "DataExportCalendarFeed", description = "A private calendar feed: that it exists, never its secret address")
    public record CalendarFeedData(String child, String createdBy, OffsetDateTime createdAt, OffsetDateTime revokedAt) {
    }

    @Schema(name = "DataExportApiToken", description = "An API token of the signed-in account: never its secret")
    public record ApiTokenData(String holder, String name, String role, OffsetDateTime createdAt, OffsetDateTime expiresAt,
                               OffsetDateTime lastUsedAt, OffsetDateTime revokedAt) {
    }

    @Schema(name = "DataExportHistory", description = "A change of the household file, as the family sees it")
    public record HistoryData(OffsetDateTime at, String actor, String subject, String field, String oldValue,
                              String newValue) {
    }

    @Schema(name = "DataExportAuditEntry", description = "An audit entry about the household, its people or its records;"
            + " HEALTH_DATA_VIEWED names the staff member who displayed a child's health data")
    public record AuditData(OffsetDateTime at, String action,
                            @Schema(description = "Display name of who acted; absent for the portal itself or an unknown sign-in")
                            String actor,
                            @Schema(enumeration = {"FAMILY", "STAFF", "OTHER", "SYSTEM"}) String actorKind,
                            @Schema(description = "Staff roles of the actor") List<String> actorRoles,
                            @Schema(description = "The client address, only for the signed-in account's own actions") String ip,
                            String objectType, String objectId,
                            @Schema(description = "HEALTH_DATA_VIEWED: the children of the household whose health data was shown")
                            List<String> children,
                            JsonValue before, JsonValue after) {
    }

    @Schema(name = "DataExportSchoolEnrolment", description = "A school enrolment request for a child and a school year,"
            + " with its documents (what was given, never the files) and its messages")
    public record EnrolmentData(long id, String reference, String child, String schoolYear, String level, String state,
                                String proposedSchool, String wishedSchool, String derogationReason, String assignedSchool,
                                String missingDocument, String refusalReason, String decisionSignatory,
                                OffsetDateTime submittedAt, String submittedBy, OffsetDateTime decidedAt,
                                @Schema(description = "When the child's school and level were updated from this request")
                                OffsetDateTime appliedAt,
                                @Schema(description = "When its free text was blanked by the retention period; absent before")
                                OffsetDateTime anonymisedAt,
                                List<EnrolmentDocumentData> documents, List<MessageData> messages) {
    }

    @Schema(name = "DataExportEnrolmentDocument", description = "A document joined to an enrolment request: its kind,"
            + " type and size; the file itself is never exported, and is deleted once the request is decided")
    public record EnrolmentDocumentData(String kind, String mediaType, int sizeBytes, OffsetDateTime addedAt,
                                        @Schema(description = "Whether the portal still holds the file") boolean fileKept) {
    }

    @Schema(name = "DataExportRoomHire", description = "A room hire asked by the household, with its price and decisions")
    public record RoomHireData(long id, String reference, String room, String site, OffsetDateTime startsAt,
                               OffsetDateTime endsAt, String purpose, int attendance, String status,
                               @Schema(enumeration = {"STANDARD", "RESIDENT", "ASSOCIATION"}) String priceCategory,
                               int rentCents, int cleaningCents, int depositCents,
                               @Schema(enumeration = {"NONE", "HELD", "RETURNED", "KEPT"}) String depositStatus,
                               String depositReason, boolean insuranceRequired,
                               @Schema(description = "Whether an insurance certificate was given (never the file)")
                               boolean insuranceReceived, String requestedBy, OffsetDateTime requestedAt,
                               OffsetDateTime decidedAt, String refusalReason, String decisionSignatory,
                               String invoiceNumber) {
    }

    @Schema(name = "DataExportOrganisation", description = "The association or company: its members are the household's"
            + " guardians, its billing address the household's")
    public record OrganisationData(@Schema(enumeration = {"ASSOCIATION", "COMPANY"}) String type, String name,
                                   @Schema(description = "RNA number (W and 9 digits) or SIRET") String number,
                                   List<String> members, String billingAddress) {
    }
}
