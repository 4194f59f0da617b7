package fr.marelle.payment.boundary;

import fr.marelle.payment.control.OnlinePayments;
import fr.marelle.platform.boundary.ApiLocale;
import fr.marelle.platform.boundary.Problem;
import fr.marelle.platform.control.Messages;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** The payment provider could not take the payment: 503, and the family is told nothing was paid. */
@Provider
public class ProviderUnavailableMapper implements ExceptionMapper<OnlinePayments.ProviderUnavailableException> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(OnlinePayments.ProviderUnavailableException e) {
        return new Problem(503, Messages.text(ApiLocale.of(headers), e.refused() ? "payment.online.providerRefused"
                : "payment.online.providerUnavailable"), null, null).toResponse();
    }
}
