package fr.marelle.identity.boundary;

import fr.marelle.identity.control.Acting;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

/**
 * An anonymous request to an API operation that needs an account is answered 401 before its body is read:
 * a stranger gets nothing parsed (no work, no 400 telling how the body would have been read). The few open
 * operations (registration, the payment provider's notifications, calendar feeds by token) say so with
 * {@link OpenOperation}.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class SignedInBeforeBody implements ContainerRequestFilter {

    @Context
    ResourceInfo resource;

    @Inject
    Acting acting;

    @Override
    public void filter(ContainerRequestContext request) {
        if (isOpen() || acting.account().isPresent()) {
            return;
        }
        throw new NotAuthorizedException("Basic realm=\"Marelle\"");
    }

    private boolean isOpen() {
        return resource.getResourceMethod() == null || resource.getResourceMethod().isAnnotationPresent(OpenOperation.class)
                || resource.getResourceClass().isAnnotationPresent(OpenOperation.class);
    }
}
