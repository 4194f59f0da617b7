package fr.marelle.platform.boundary;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;

/** An RFC 9457 problem body; {@code errors} holds one entry per invalid field. */
public class Problem {

    public static final MediaType TYPE = MediaType.valueOf("application/problem+json");

    public record FieldError(String field, String message) {
    }

    public String type = "about:blank";
    public String title;
    public int status;
    public String detail;
    public List<FieldError> errors;

    public Problem() {
    }

    public Problem(int status, String title, String detail, List<FieldError> errors) {
        this.status = status;
        this.title = title;
        this.detail = detail;
        this.errors = errors == null || errors.isEmpty() ? null : errors;
    }

    public Response toResponse() {
        return Response.status(status).type(TYPE).entity(this).build();
    }
}
