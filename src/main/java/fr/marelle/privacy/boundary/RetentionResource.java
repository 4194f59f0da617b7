package fr.marelle.privacy.boundary;

import fr.marelle.identity.control.Acting;
import fr.marelle.identity.entity.Role;
import fr.marelle.privacy.control.RetentionJob;
import fr.marelle.privacy.control.RetentionPolicy;
import fr.marelle.privacy.control.RetentionSettings;
import fr.marelle.platform.control.RuleViolationException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.time.OffsetDateTime;
import java.util.List;

/** Administrator: the retention periods the nightly job enforces, its runs, and a run now. */
@Path("admin/retention")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Retention (admin)", description = "How long personal data is kept, and the runs of the nightly job that enforces it (administrators)")
public class RetentionResource {

    /** The policy, in and out. */
    public static class RetentionJson {
        @Schema(description = "Days after closing before a household request or registration loses its free text (1-3650)", required = true)
        public Integer requestsDays;
        @Schema(description = "Months without sign-in or booking before a parent account is erased, after warnings 12 months, 2 months and 7 days before (13-120)", required = true)
        public Integer accountsMonths;
        @Schema(description = "Months a sent mail is kept (1-120)", required = true)
        public Integer mailsMonths;
        @Schema(description = "Months an audit entry is kept (6-120)", required = true)
        public Integer logsMonths;
        @Schema(description = "Years after their financial year before invoices, credit notes and payments lose the names in them (10-50)", required = true)
        public Integer invoicesYears;
        @Schema(description = "While true the job deletes nothing and only counts (e.g. waiting for the archives' approval)", required = true)
        public Boolean held;

        static RetentionJson of(RetentionPolicy p) {
            RetentionJson json = new RetentionJson();
            json.requestsDays = p.requestsDays();
            json.accountsMonths = p.accountsMonths();
            json.mailsMonths = p.mailsMonths();
            json.logsMonths = p.logsMonths();
            json.invoicesYears = p.invoicesYears();
            json.held = p.held();
            return json;
        }
    }

    /** One run of the job. */
    @Schema(name = "RetentionRunJson")
    public static class RunJson {
        public long id;
        @Schema(description = "When it ran (Europe/Paris)")
        public OffsetDateTime startedAt;
        @Schema(description = "True when the policy was held: the figures are what it would have done")
        public boolean held;
        public int requestsAnonymised;
        public int registrationsAnonymised;
        @Schema(description = "School enrolment requests that lost their free text and documents")
        public int enrolmentsAnonymised;
        @Schema(description = "Room hires that lost their purpose, reasons and insurance certificate")
        public int roomHiresAnonymised;
        public int warningsSent;
        public int accountsErased;
        @Schema(description = "Accounts due for deletion but kept because something is still to settle (unpaid invoice, bookings)")
        public int accountsKept;
        public int mailsPurged;
        public int auditEntriesPurged;
        public int invoicesAnonymised;

        static RunJson of(RetentionJob.Report r) {
            RunJson json = new RunJson();
            json.id = r.id();
            json.startedAt = r.startedAt();
            json.held = r.held();
            json.requestsAnonymised = r.requestsAnonymised();
            json.registrationsAnonymised = r.registrationsAnonymised();
            json.enrolmentsAnonymised = r.enrolmentsAnonymised();
            json.roomHiresAnonymised = r.roomHiresAnonymised();
            json.warningsSent = r.warningsSent();
            json.accountsErased = r.accountsErased();
            json.accountsKept = r.accountsKept();
            json.mailsPurged = r.mailsPurged();
            json.auditEntriesPurged = r.auditEntriesPurged();
            json.invoicesAnonymised = r.invoicesAnonymised();
            return json;
        }
    }

    @Inject
    Acting acting;

    @Inject
    RetentionSettings settings;

    @Inject
    RetentionJob job;

    @GET
    @Operation(operationId = "getRetention", summary = "The retention periods the nightly job enforces")
    public RetentionJson get() {
        acting.requireRole(Role.ADMIN);
        return RetentionJson.of(settings.current());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "setRetention", summary = "Change the retention periods (all fields). Audited.")
    @APIResponse(responseCode = "200", description = "The policy now in force",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RetentionJson.class)))
    @APIResponse(responseCode = "400", description = "A field missing or out of range", content = @Content(mediaType = "application/problem+json"))
    public RetentionJson put(RetentionJson body) {
        acting.requireRole(Role.ADMIN);
        if (body == null || body.requestsDays == null || body.accountsMonths == null || body.mailsMonths == null
                || body.logsMonths == null || body.invoicesYears == null || body.held == null) {
            throw RuleViolationException.of(null, "retention.allRequired");
        }
        return RetentionJson.of(settings.change(new RetentionPolicy(body.requestsDays, body.accountsMonths,
                body.mailsMonths, body.logsMonths, body.invoicesYears, body.held)));
    }

    @GET
    @Path("runs")
    @Operation(operationId = "listRetentionRuns", summary = "The latest runs of the retention job, newest first")
    public List<RunJson> runs() {
        acting.requireRole(Role.ADMIN);
        return job.latest(30).stream().map(RunJson::of).toList();
    }

    @POST
    @Path("runs")
    @Operation(operationId = "runRetention", summary = "Run the retention job now, by the portal's clock, and return what it did. Audited.")
    @APIResponse(responseCode = "200", description = "What the run did",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RunJson.class)))
    public RunJson run() {
        return RunJson.of(job.run(acting.requireRole(Role.ADMIN).getId()));
    }
}
