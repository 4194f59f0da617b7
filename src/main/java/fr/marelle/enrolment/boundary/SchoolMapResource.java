package fr.marelle.enrolment.boundary;

import fr.marelle.enrolment.boundary.EnrolmentJson.ImportOut;
import fr.marelle.enrolment.boundary.EnrolmentJson.MapLineOut;
import fr.marelle.enrolment.control.SchoolMap;
import fr.marelle.identity.control.Acting;
import fr.marelle.identity.entity.Role;
import fr.marelle.planning.control.Sites;
import fr.marelle.planning.entity.Site;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The administrator's school map: which school serves which street numbers, per cycle. */
@Path("admin/school-map")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "School map (administration)", description = "The school map (sectorisation): streets and numbers to the school of each cycle, imported as CSV")
public class SchoolMapResource {

    @Inject
    Acting acting;

    @Inject
    SchoolMap map;

    @Inject
    Sites sites;

    @GET
    @Operation(operationId = "getSchoolMap", summary = "The school map, by street, cycle and numbers")
    @APIResponse(responseCode = "200", description = "Its lines", content = @Content(schema = @Schema(implementation = MapLineOut[].class)))
    public List<MapLineOut> lines() {
        acting.requireRole(Role.ADMIN);
        Map<Long, String> schools = sites.schools().stream().collect(Collectors.toMap(Site::getId, Site::getName));
        return map.entries().stream().map(e -> MapLineOut.of(e, schools)).toList();
    }

    @PUT
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Operation(operationId = "importSchoolMap", summary = "Replace the school map by a CSV file",
            description = "UTF-8, ';' between the values, one line per street range: street; number from (empty: 1); number"
                    + " to (empty: the whole street); parity (toutes, pairs, impairs); level (maternelle, élémentaire); school"
                    + " (the name of a school site). A first line whose second value is not a number is a header. Any wrong"
                    + " line (and two lines sending one address of a cycle to two schools) refuses the whole file, every"
                    + " wrong line named with its number.")
    @APIResponse(responseCode = "200", description = "Imported", content = @Content(schema = @Schema(implementation = ImportOut.class)))
    @APIResponse(responseCode = "400", description = "The wrong lines, nothing imported", content = @Content(mediaType = "application/problem+json"))
    public ImportOut importMap(byte[] content) {
        long admin = acting.requireRole(Role.ADMIN).getId();
        SchoolMap.ImportReport report = map.replace(admin, content == null ? "" : new String(content, StandardCharsets.UTF_8));
        return new ImportOut(report.lines(), report.before());
    }
}
