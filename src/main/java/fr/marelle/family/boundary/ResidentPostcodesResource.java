package fr.marelle.family.boundary;

import fr.marelle.identity.control.Acting;
import fr.marelle.family.control.ResidentPostcodes;
import fr.marelle.identity.entity.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.List;

/** Administrator: the town's postcodes, which make a household resident. */
@Path("admin/settings/resident-postcodes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Settings (admin)", description = "The town's settings: overdue days, resident postcodes, legal information (administrators)")
public class ResidentPostcodesResource {

    /** The list, in and out. */
    public static class PostcodesJson {
        @Schema(description = "Five-digit French postcodes of the town", example = "[\"49000\", \"49100\"]")
        public List<String> postcodes;

        public PostcodesJson() {
        }

        PostcodesJson(List<String> postcodes) {
            this.postcodes = postcodes;
        }
    }

    @Inject
    Acting acting;

    @Inject
    ResidentPostcodes residentPostcodes;

    @GET
    @Operation(operationId = "getResidentPostcodes", summary = "The town's postcodes (a household with one of them is resident unless an agent decided otherwise)")
    @APIResponse(responseCode = "200", description = "The list, sorted")
    @APIResponse(responseCode = "403", description = "Not an administrator")
    public PostcodesJson get() {
        acting.requireRole(Role.ADMIN).getId();
        return new PostcodesJson(residentPostcodes.current());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "putResidentPostcodes", summary = "Replace the town's postcodes",
            description = "Five-digit French postcodes, at least one; duplicates are dropped. Residence of every"
                    + " household follows at once (an agent's decision on a household still wins). Audited.")
    @APIResponse(responseCode = "200", description = "The list now in force, sorted")
    @APIResponse(responseCode = "400", description = "One entry per wrong postcode; nothing saved",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "403", description = "Not an administrator")
    public PostcodesJson put(PostcodesJson body) {
        long admin = acting.requireRole(Role.ADMIN).getId();
        return new PostcodesJson(residentPostcodes.replace(admin, body == null ? null : body.postcodes));
    }
}
