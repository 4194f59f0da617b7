package fr.marelle.family.boundary;

import fr.marelle.identity.control.Acting;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import fr.marelle.family.boundary.FamilyJson.ChangeOut;
import fr.marelle.family.boundary.FamilyJson.ChildIn;
import fr.marelle.family.boundary.FamilyJson.ChildOut;
import fr.marelle.family.boundary.FamilyJson.HouseholdIn;
import fr.marelle.family.boundary.FamilyJson.HouseholdOut;
import fr.marelle.family.boundary.FamilyJson.PickupIn;
import fr.marelle.family.boundary.FamilyJson.PickupOut;
import fr.marelle.family.boundary.FamilyJson.QuotientOut;
import fr.marelle.family.control.Children;
import fr.marelle.family.control.FamilyQuotients;
import fr.marelle.family.control.HouseholdHistory;
import fr.marelle.family.control.HouseholdRules;
import fr.marelle.family.control.Households;
import fr.marelle.family.control.ProofFiles;
import fr.marelle.family.entity.Household;
import fr.marelle.identity.entity.Role;
import fr.marelle.platform.control.RuleViolationException;
import fr.marelle.platform.control.Violation;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The signed-in parent's household file. Every object is looked up inside the parent's own
 * household: an id of another household answers 404, exactly like an id that does not exist.
 */
@Path("household")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Household", description = "The family's household file: guardians' details, children, pick-up persons, family quotient, history")
public class HouseholdResource {

    /** The parts of a quotient's declaration (multipart/form-data), for the API's description. */
    @Schema(name = "QuotientParts")
    public record QuotientParts(int amount, java.time.LocalDate validFrom, java.time.LocalDate validTo,
                                @Schema(description = "PDF, JPEG or PNG, at most 5 MB") byte[] proof) {
    }

    @Inject
    Acting acting;

    @Inject
    Households households;

    @Inject
    Children children;

    @Inject
    FamilyQuotients quotients;

    @Inject
    HouseholdHistory history;

    /** The signed-in parent (401 without login, 403 for a staff account). */

    private long myHousehold(long parent) {
        return households.requireMine(parent).getId();
    }

    HouseholdOut out(long actorId, Household household) {
        return HouseholdOut.of(household, households.isResident(household), households.guardians(household.getId()),
                households.civilities(household.getId()), quotients.validToday(household.getId()).orElse(null));
    }

    @GET
    @Operation(operationId = "getHousehold", summary = "The parent's household", description = "404 until the household is saved once with PUT.")
    @APIResponse(responseCode = "200", description = "The household")
    @APIResponse(responseCode = "404", description = "No household yet", content = @Content(mediaType = "application/problem+json"))
    public HouseholdOut get() {
        long parent = acting.requireRole(Role.PARENT).getId();
        return out(parent, households.requireMine(parent));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "putHousehold", summary = "Create or change the parent's household",
            description = "The first save creates the household with the parent as guardian and billing contact.")
    @APIResponse(responseCode = "200", description = "The household as saved")
    @APIResponse(responseCode = "400", description = "One entry per invalid field (e.g. country: a country not listed;"
            + " civilities: a code other than M or MME, or an account that is not a guardian)", content = @Content(mediaType = "application/problem+json"))
    public HouseholdOut put(HouseholdIn body) {
        long parent = acting.requireRole(Role.PARENT).getId();
        Household saved = households.saveMine(parent, (body == null ? new HouseholdIn() : body).form());
        return out(parent, saved);
    }

    @GET
    @Path("children")
    @Operation(summary = "The children of the parent's household")
    public List<ChildOut> children() {
        long parent = acting.requireRole(Role.PARENT).getId();
        return children.of(parent, myHousehold(parent)).stream().map(ChildOut::of).toList();
    }

    @POST
    @Path("children")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a child")
    @APIResponse(responseCode = "201", description = "The child", content = @Content(schema = @Schema(implementation = ChildOut.class)))
    @APIResponse(responseCode = "400", description = "One entry per invalid field", content = @Content(mediaType = "application/problem+json"))
    public Response addChild(ChildIn body) {
        long parent = acting.requireRole(Role.PARENT).getId();
        var child = children.add(parent, myHousehold(parent), (body == null ? new ChildIn() : body).form());
        return Response.created(UriBuilder.fromPath("household/children/{id}").build(child.getId()))
                .entity(ChildOut.of(child)).build();
    }

    @GET
    @Path("children/{id}")
    @Operation(summary = "One child of the household")
    @APIResponse(responseCode = "404", description = "No such child in this household", content = @Content(mediaType = "application/problem+json"))
    public ChildOut child(@PathParam("id") long id) {
        long parent = acting.requireRole(Role.PARENT).getId();
        return ChildOut.of(children.get(parent, myHousehold(parent), id));
    }

    @PUT
    @Path("children/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a child")
    public ChildOut updateChild(@PathParam("id") long id, ChildIn body) {
        long parent = acting.requireRole(Role.PARENT).getId();
        return ChildOut.of(children.update(parent, myHousehold(parent), id, (body == null ? new ChildIn() : body).form()));
    }

    @DELETE
    @Path("children/{id}")
    @Operation(summary = "Take a child out of the household",
            description = "Refused (400, with the reason) while the child has future bookings or unpaid invoices.")
    @APIResponse(responseCode = "204", description = "Removed")
    public Response removeChild(@PathParam("id") long id) {
        long parent = acting.requireRole(Role.PARENT).getId();
        children.remove(parent, myHousehold(parent), id);
        return Response.noContent().build();
    }

    @GET
    @Path("children/{id}/pickup-persons")
    @Operation(summary = "The child's authorised pick-up persons, emergency contacts and persons not allowed")
    public List<PickupOut> pickups(@PathParam("id") long id) {
        long parent = acting.requireRole(Role.PARENT).getId();
        return children.pickups(parent, myHousehold(parent), id).stream().map(PickupOut::of).toList();
    }

    @POST
    @Path("children/{id}/pickup-persons")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add an authorised pick-up person or emergency contact",
            description = "A person not allowed (court decision) can only be recorded by staff.")
    @APIResponse(responseCode = "201", description = "The person", content = @Content(schema = @Schema(implementation = PickupOut.class)))
    public Response addPickup(@PathParam("id") long id, PickupIn body) {
        long parent = acting.requireRole(Role.PARENT).getId();
        var person = children.addPickup(parent, myHousehold(parent), id, (body == null ? new PickupIn() : body).form());
        return Response.created(UriBuilder.fromPath("household/children/{id}/pickup-persons/{pid}")
                .build(id, person.getId())).entity(PickupOut.of(person)).build();
    }

    @GET
    @Path("children/{id}/pickup-persons/{pid}")
    @Operation(summary = "One pick-up person")
    public PickupOut pickup(@PathParam("id") long id, @PathParam("pid") long pid) {
        long parent = acting.requireRole(Role.PARENT).getId();
        return PickupOut.of(children.pickup(parent, myHousehold(parent), id, pid));
    }

    @PUT
    @Path("children/{id}/pickup-persons/{pid}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a pick-up person")
    public PickupOut updatePickup(@PathParam("id") long id, @PathParam("pid") long pid, PickupIn body) {
        long parent = acting.requireRole(Role.PARENT).getId();
        return PickupOut.of(children.updatePickup(parent, myHousehold(parent), id, pid,
                (body == null ? new PickupIn() : body).form()));
    }

    @DELETE
    @Path("children/{id}/pickup-persons/{pid}")
    @Operation(summary = "Remove a pick-up person")
    @APIResponse(responseCode = "204", description = "Removed")
    public Response removePickup(@PathParam("id") long id, @PathParam("pid") long pid) {
        long parent = acting.requireRole(Role.PARENT).getId();
        children.removePickup(parent, myHousehold(parent), id, pid);
        return Response.noContent().build();
    }

    @GET
    @Path("quotients")
    @Operation(summary = "The family quotients declared, newest first, with their state")
    public List<QuotientOut> quotients() {
        long parent = acting.requireRole(Role.PARENT).getId();
        return quotients.of(parent, myHousehold(parent)).stream().map(QuotientOut::of).toList();
    }

    @POST
    @Path("quotient")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RequestBody(content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA, schema = @Schema(implementation = QuotientParts.class)))
    @Operation(summary = "Declare the family quotient with its proof",
            description = "multipart/form-data with the parts amount (integer), validFrom and validTo (ISO dates) and"
                    + " proof (PDF, JPEG or PNG, at most 5 MB, recognised by its content). The quotient is pending until"
                    + " an agent accepts or refuses it.")
    @APIResponse(responseCode = "201", description = "The pending quotient", content = @Content(schema = @Schema(implementation = QuotientOut.class)))
    @APIResponse(responseCode = "400", description = "One entry per invalid field", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "413", description = "Request larger than 6 MB", content = @Content(mediaType = "application/problem+json"))
    public Response submitQuotient(List<EntityPart> parts) {
        long parent = acting.requireRole(Role.PARENT).getId();
        long household = myHousehold(parent);
        List<Violation> violations = new ArrayList<>();
        Integer amount = null;
        LocalDate from = null;
        LocalDate to = null;
        byte[] proof = null;
        for (EntityPart part : parts == null ? List.<EntityPart>of() : parts) {
            switch (part.getName()) {
                case "amount" -> amount = integer(text(part), violations);
                case "validFrom" -> from = date("validFrom", text(part), violations);
                case "validTo" -> to = date("validTo", text(part), violations);
                case "proof" -> proof = bytes(part);
                default -> { }
            }
        }
        if (!violations.isEmpty()) {
            if (proof == null) {
                violations.add(Violation.of("proof", "proof.required"));
            }
            throw new RuleViolationException(violations);
        }
        var quotient = quotients.submit(parent, household, new HouseholdRules.QuotientForm(amount, from, to), proof);
        return Response.created(UriBuilder.fromPath("household/quotients/{id}/proof").build(quotient.getId()))
                .entity(QuotientOut.of(quotient)).build();
    }

    @GET
    @Path("quotients/{id}/proof")
    @Produces({"application/pdf", "image/png", "image/jpeg", "application/problem+json"})
    @Operation(operationId = "quotientProof", summary = "The proof of a pending quotient (deleted once decided)")
    public Response proof(@PathParam("id") long id) {
        long parent = acting.requireRole(Role.PARENT).getId();
        return proofResponse(quotients.proof(parent, id));
    }

    static Response proofResponse(java.util.Optional<FamilyQuotients.Proof> proof) {
        if (proof.isEmpty()) {
            throw new jakarta.ws.rs.NotFoundException();
        }
        return Response.ok(proof.get().content(), proof.get().type())
                .header("Content-Disposition", "attachment; filename=\"justificatif."
                        + ProofFiles.extension(proof.get().type()) + "\"")
                .header("Cache-Control", "no-store")
                .build();
    }

    @GET
    @Path("history")
    @Operation(operationId = "householdHistory", summary = "Every change of the household file: who, when, field, old and new value (newest first)")
    public List<ChangeOut> history() {
        long parent = acting.requireRole(Role.PARENT).getId();
        return history.of(myHousehold(parent), 500).stream().map(ChangeOut::of).toList();
    }

    private static String text(EntityPart part) {
        try {
            return part.getContent(String.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytes(EntityPart part) {
        try (InputStream in = part.getContent()) {
            return in.readNBytes(ProofFiles.MAX_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Integer integer(String value, List<Violation> violations) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            violations.add(Violation.of("amount", "quotient.amount.invalid"));
            return null;
        }
    }

    private static LocalDate date(String field, String value, List<Violation> violations) {
        return fr.marelle.platform.control.TypedDays.parse(field, value, violations);
    }
}
