package fr.marelle.rooms.boundary;

import fr.marelle.platform.boundary.ApiLocale;
import fr.marelle.platform.boundary.Problem;
import fr.marelle.platform.control.Messages;
import fr.marelle.rooms.control.SlotTakenException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A slot someone else holds already: 409, saying to pick another one. */
@Provider
public class SlotTakenMapper implements ExceptionMapper<SlotTakenException> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(SlotTakenException e) {
        var locale = ApiLocale.of(headers);
        return new Problem(409, Messages.text(locale, "roomHire.slot.taken"), Messages.text(locale, "roomHire.slot.takenDetail"),
                null).toResponse();
    }
}
