package fr.marelle.privacy.boundary;

import fr.marelle.platform.boundary.ApiLocale;
import fr.marelle.platform.control.ThemeLogos;
import fr.marelle.privacy.control.DataExportPdf;
import fr.marelle.privacy.control.DataExports;
import fr.marelle.privacy.control.ReadableExport;
import fr.marelle.privacy.entity.DataExport;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The signed-in parent downloads everything the portal holds on their household. */
@Path("me/data-export")
@RequestScoped
@Tag(name = "Personal data", description = "A parent's copy of everything the portal holds on their household, and closing their account")
public class DataExportResource {

    @Inject
    DataExports exports;

    @Inject
    ThemeLogos logos;

    @Context
    HttpHeaders headers;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "exportMyData", summary = "Everything the portal holds on the signed-in parent's household, as a JSON file",
            description = "Account, guardians, children with their health data, pick-up persons, family quotients (not the"
                    + " proof files), requests and registrations with their messages, bookings and their changes, attendance,"
                    + " invoices, credit notes, payments, online payment attempts, calendar feeds and API tokens (never their"
                    + " secrets), the household history and the audit entries about the household (health data seen by staff"
                    + " among them). Only the caller's own household; audited (DATA_EXPORTED). Instants in Paris time with"
                    + " their offset, money in cents.")
    @APIResponse(responseCode = "200", description = "The export, as an attachment marelle-donnees-<date>.json",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DataExport.class)))
    @APIResponse(responseCode = "401", description = "Not signed in", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "403", description = "Not acting as a parent", content = @Content(mediaType = "application/problem+json"))
    public Response mine() {
        DataExport export = exports.ofSignedInParent("json");
        return Response.ok(export, MediaType.APPLICATION_JSON)
                .header("Content-Disposition", "attachment; filename=\"" + fileName(export, "json") + "\"").build();
    }

    @GET
    @Path("pdf")
    @Produces("application/pdf")
    @Operation(operationId = "exportMyDataPdf", summary = "The same export as a readable PDF, one table per section",
            description = "In the language of Accept-Language. Audited (DATA_EXPORTED).")
    @APIResponse(responseCode = "200", description = "The PDF, as an attachment marelle-donnees-<date>.pdf",
            content = @Content(mediaType = "application/pdf"))
    @APIResponse(responseCode = "401", description = "Not signed in", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "403", description = "Not acting as a parent", content = @Content(mediaType = "application/problem+json"))
    public Response pdf() {
        DataExport export = exports.ofSignedInParent("pdf");
        byte[] pdf = DataExportPdf.pdf(ReadableExport.of(export, ApiLocale.of(headers)), logos.letterhead(), ApiLocale.of(headers));
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + fileName(export, "pdf") + "\"").build();
    }

    /** marelle-donnees-2026-11-17.json: the day of the export, in Paris. */
    static String fileName(DataExport export, String extension) {
        return "marelle-donnees-" + export.exportedAt().toLocalDate() + "." + extension;
    }
}
