package fr.marelle.franceconnect.boundary;

import fr.marelle.franceconnect.control.VerifiedCivilIdentities;
import fr.marelle.franceconnect.entity.VerifiedCivilIdentity;
import fr.marelle.identity.control.Acting;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** Planning staff: a guardian's civil identity, verified on an official document (what lets FranceConnect link them). */
@Path("staff/households/{householdId}/guardians/{accountId}/civil-identity")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Civil identity (staff)", description = "Guardians' civil identities verified by planning staff on an official"
        + " document: the six pivot fields that let a first FranceConnect sign-in be linked without a password")
public class CivilIdentityResource {

    @Inject
    Acting acting;

    @Inject
    VerifiedCivilIdentities identities;

    /** What the document says, and which document it was. */
    @Schema(name = "CivilIdentityIn")
    public static class CivilIdentityIn {
        @Schema(description = "Birth name, as on the document", required = true, maxLength = 200)
        public String familyName;
        @Schema(description = "All given names, in order, separated by spaces", required = true, maxLength = 300)
        public String givenNames;
        @Schema(description = "Birth date", required = true, format = "date", example = "1984-06-21")
        public String birthdate;
        @Schema(description = "Sex as FranceConnect writes it", required = true, enumeration = {"male", "female"})
        public String gender;
        @Schema(description = "INSEE code of the commune of birth (5 characters, 2A/2B for Corsica); required when born in"
                + " France, ignored otherwise", example = "49007")
        public String birthplace;
        @Schema(description = "INSEE code of the country of birth, 99100 for France", required = true, example = "99100")
        public String birthcountry;
        @Schema(description = "The document read", required = true,
                enumeration = {"ID_CARD", "PASSPORT", "RESIDENCE_PERMIT", "BIRTH_CERTIFICATE", "FAMILY_RECORD_BOOK", "OTHER"})
        public String documentKind;
        @Schema(description = "Why, or which document (its number is not needed)", maxLength = 300)
        public String note;
    }

    /** A guardian's civil identity: {@code verified} false and nothing else when staff have not verified it. */
    @Schema(name = "CivilIdentityOut")
    public record CivilIdentityOut(long accountId, boolean verified, String familyName, String givenNames,
                                   LocalDate birthdate, String gender, String birthplace, String birthcountry,
                                   String documentKind, String note, OffsetDateTime verifiedAt, String verifiedBy) {

        static CivilIdentityOut of(long accountId, VerifiedCivilIdentity v) {
            return v == null ? new CivilIdentityOut(accountId, false, null, null, null, null, null, null, null, null, null, null)
                    : new CivilIdentityOut(accountId, true, v.getFamilyName(), v.getGivenNames(), v.getBirthdate(), v.getGender(),
                    v.getBirthplace(), v.getBirthcountry(), v.getDocumentKind(), v.getNote(), v.getVerifiedAt(), v.getVerifiedBy());
        }
    }

    @GET
    @Operation(operationId = "getGuardianCivilIdentity", summary = "Whether a guardian's civil identity was verified, and as what")
    @APIResponse(responseCode = "200", description = "The identity, or verified false", content = @Content(schema = @Schema(implementation = CivilIdentityOut.class)))
    @APIResponse(responseCode = "401", description = "No valid credentials", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "403", description = "Not planning staff", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "404", description = "No such household, or the account is not one of its guardians", content = @Content(mediaType = "application/problem+json"))
    public CivilIdentityOut get(@PathParam("householdId") long householdId, @PathParam("accountId") long accountId) {
        long staff = acting.requirePlanningStaff().getId();
        return CivilIdentityOut.of(accountId, identities.ofGuardian(staff, householdId, accountId).orElse(null));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "recordGuardianCivilIdentity", summary = "Record a guardian's civil identity read on an official document",
            description = "Replaces any earlier one (audited as CIVIL_IDENTITY_VERIFIED, before and after). From then on, a"
                    + " FranceConnect identity whose six pivot fields match it is linked to the guardian at its first sign-in.")
    @APIResponse(responseCode = "200", description = "Recorded", content = @Content(schema = @Schema(implementation = CivilIdentityOut.class)))
    @APIResponse(responseCode = "400", description = "One entry per invalid field", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "401", description = "No valid credentials", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "403", description = "Not planning staff", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "404", description = "No such household, or the account is not one of its guardians", content = @Content(mediaType = "application/problem+json"))
    public CivilIdentityOut record(@PathParam("householdId") long householdId, @PathParam("accountId") long accountId,
                                   CivilIdentityIn body) {
        long staff = acting.requirePlanningStaff().getId();
        CivilIdentityIn in = body == null ? new CivilIdentityIn() : body;
        return CivilIdentityOut.of(accountId, identities.record(staff, householdId, accountId,
                new VerifiedCivilIdentities.CivilIdentityForm(in.familyName, in.givenNames, in.birthdate, in.gender,
                        in.birthplace, in.birthcountry, in.documentKind, in.note)));
    }
}
