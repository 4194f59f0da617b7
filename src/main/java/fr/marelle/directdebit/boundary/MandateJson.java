package fr.marelle.directdebit.boundary;

import fr.marelle.directdebit.control.MandateRules;
import fr.marelle.directdebit.entity.SepaMandate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A SEPA mandate as the API shows it; the IBAN is masked except to finance staff. */
public record MandateJson(long id, long householdId, String rum, String creditorIcs, String creditorName,
                          @Schema(enumeration = {"REQUESTED", "ACTIVE", "SUSPENDED", "REVOKED", "LAPSED"}) String status,
                          String holder, @Schema(description = "In full for finance staff, masked (FR76 •••• •••• 185) for the family") String iban,
                          String bic, @Schema(enumeration = {"FRST", "RCUR"}) String nextSequence, OffsetDateTime requestedAt,
                          LocalDate signedOn, @Schema(enumeration = {"UPLOAD", "COUNTER"}) String signature,
                          OffsetDateTime activatedAt, OffsetDateTime endedAt, LocalDate lastCollectionOn,
                          @Schema(description = "From this day the mandate may no longer be used (36 months unused)") LocalDate lapsesOn) {

    public record MandateAccountIn(String holder, String iban, String bic) {
    }

    static MandateJson of(SepaMandate m, boolean fullIban) {
        return new MandateJson(m.getId(), m.getHouseholdId(), m.getRum(), m.getCreditorIcs(), m.getCreditorName(), m.getStatus().name(),
                m.getHolder(), fullIban ? m.getIban() : MandateRules.masked(m.getIban()), m.getBic(), m.getNextSequence(),
                m.getRequestedAt(), m.getSignedOn(), m.getSignature(), m.getActivatedAt(), m.getEndedAt(), m.getLastCollectionOn(),
                MandateRules.lapsesOn(m.getSignedOn(), m.getLastCollectionOn()));
    }
}
