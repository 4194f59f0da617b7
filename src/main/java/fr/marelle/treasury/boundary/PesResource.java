package fr.marelle.treasury.boundary;

import fr.marelle.identity.control.Acting;
import fr.marelle.treasury.control.PesAcknowledgement;
import fr.marelle.treasury.control.PesAcknowledgements;
import fr.marelle.treasury.control.PesExports;
import fr.marelle.treasury.entity.PesExport;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.OffsetDateTime;
import java.util.List;

/** Finance staff: the PES V2 ORMC file of a validated invoicing run, and the accountant's acknowledgements. */
@Path("finance")
@RequestScoped
@Tag(name = "Treasury (finance)", description = "PES V2 exports of invoices to the public accountant and the import of their acknowledgements (finance staff)")
@APIResponse(responseCode = "401", description = "Not signed in", content = @Content(mediaType = "application/problem+json"))
@APIResponse(responseCode = "403", description = "Not finance staff", content = @Content(mediaType = "application/problem+json"))
public class PesResource {

    public record ArticleJson(int article, long invoiceId, String invoiceNumber, String household, long amountCents) {
    }

    public record ErrorJson(String code, String label, Integer article) {
    }

    /** status: SENT (no acknowledgement yet), ACCEPTED or REJECTED (with the accountant's errors). */
    public record ExportJson(long id, long runId, int exercise, String codCol, String codBud, int bordereau, String fileName,
                             int articles, long totalCents, String status, OffsetDateTime exportedAt, OffsetDateTime acknowledgedAt,
                             List<ArticleJson> invoices, List<ErrorJson> errors) {
        static ExportJson of(PesExports.Report r) {
            PesExport e = r.export();
            return new ExportJson(e.getId(), e.getRunId(), e.getExercise(), e.getCodCol(), e.getCodBud(), e.getBordereau(), e.getFileName(),
                    e.getArticles(), e.getTotalCents(), e.getStatus().name(), e.getExportedAt(), e.getAcknowledgedAt(),
                    r.articles().stream().map(a -> new ArticleJson(a.number(), a.invoiceId(), a.invoiceNumber(), a.household(), a.amountCents())).toList(),
                    r.errors().stream().map(x -> new ErrorJson(x.code(), x.label(), x.article())).toList());
        }
    }

    /** An invoice of the run the file leaves out; reason: treasury.pes.left.paid, …handedOver or …nothing. */
    public record LeftOutJson(String invoiceNumber, String reason) {
    }

    public record RunExportsJson(List<ExportJson> exports, List<LeftOutJson> leftOut) {
    }

    /** changed: false when the acknowledgement had already been read for that file. */
    public record OutcomeJson(long exportId, long runId, int exercise, int bordereau, String status, boolean changed, List<ErrorJson> errors) {
    }

    @Inject
    Acting acting;

    @Inject
    PesExports exports;

    @Inject
    PesAcknowledgements acknowledgements;

    @GET
    @Path("runs/{id}/pes-ormc.xml")
    @Produces({"application/xml", "application/problem+json"})
    @Operation(operationId = "exportPesOrmc", summary = "The run's PES V2 ORMC file for the public accountant (ISO-8859-1)",
            description = "One bordereau (rôle) per run, numbered from the counter of the exercise and budget; one article per invoice"
                    + " with something to collect, its lines by product code, the payer as Tiers. Checked against the portal's"
                    + " schema before it is served; the export is recorded and audited. Asking again gives the same file, unless"
                    + " the accountant rejected it (then a new file with a new number).")
    @APIResponse(responseCode = "200", description = "The file", content = @Content(mediaType = "application/xml"))
    @APIResponse(responseCode = "400", description = "The run cannot be exported (not validated, no treasury settings, no product"
            + " code, an address missing, nothing to collect) or the file breaks the schema: one entry per problem",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "404", description = "No such run", content = @Content(mediaType = "application/problem+json"))
    public Response pesOrmc(@PathParam("id") long runId) {
        long actor = acting.require().getId();
        PesExport export = exports.export(actor, runId);
        return Response.ok(exports.content(actor, export.getId()), "application/xml; charset=ISO-8859-1")
                .header("Content-Disposition", "attachment; filename=\"" + export.getFileName() + "\"").build();
    }

    @GET
    @Path("runs/{id}/pes-exports")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listPesExports", summary = "The run's PES files (newest first) with the accountant's answer, and the invoices left out")
    @APIResponse(responseCode = "200", description = "The exports", content = @Content(schema = @Schema(implementation = RunExportsJson.class)))
    public RunExportsJson ofRun(@PathParam("id") long runId) {
        long actor = acting.require().getId();
        return new RunExportsJson(exports.ofRun(actor, runId).stream().map(ExportJson::of).toList(),
                exports.leftOut(actor, runId).stream().map(l -> new LeftOutJson(l.invoiceNumber(), l.reason())).toList());
    }

    @POST
    @Path("pes-acknowledgements")
    @Consumes({MediaType.APPLICATION_XML, MediaType.TEXT_XML})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "importPesAcknowledgement", summary = "Read the accountant's acknowledgement (PES_Acquit) of PES files",
            description = "Per bordereau: accepted (EtatAck 1), its invoices are handed to the public treasury and can no longer be"
                    + " paid on the portal; rejected (0), the file keeps the accountant's codes and the run can be exported again."
                    + " All or nothing; reading the same acknowledgement again changes nothing. 1 MB at most.")
    @RequestBody(content = @Content(mediaType = "application/xml"))
    @APIResponse(responseCode = "200", description = "What it did to each file",
            content = @Content(schema = @Schema(implementation = OutcomeJson.class, type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY)))
    @APIResponse(responseCode = "400", description = "Not a PES_Acquit, an unknown bordereau, or one already answered otherwise; nothing changed",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "413", description = "Larger than 1 MB", content = @Content(mediaType = "application/problem+json"))
    public List<OutcomeJson> acknowledge(byte[] body) {
        long actor = acting.require().getId();
        return acknowledgements.apply(actor, body).stream().map(o -> new OutcomeJson(o.exportId(), o.runId(), o.exercise(), o.bordereau(),
                o.status().name(), o.changed(), o.anomalies().stream().map(PesResource::error).toList())).toList();
    }

    private static ErrorJson error(PesAcknowledgement.Anomaly a) {
        return new ErrorJson(a.code(), a.label(), a.article());
    }
}
