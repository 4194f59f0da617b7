package fr.marelle.family.boundary;

import fr.marelle.family.control.UnknownRecordException;
import fr.marelle.platform.boundary.ApiLocale;
import fr.marelle.platform.boundary.Problem;
import fr.marelle.platform.control.Messages;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** An object of another household, or none: 404 either way. */
@Provider
public class UnknownRecordMapper implements ExceptionMapper<UnknownRecordException> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(UnknownRecordException e) {
        return new Problem(404, Messages.text(ApiLocale.of(headers), "household.notFound"), null, null).toResponse();
    }
}
