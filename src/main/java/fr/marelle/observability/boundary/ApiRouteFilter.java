package fr.marelle.observability.boundary;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

/**
 * Tells {@link HttpMetricsFilter} which API operation answered, as its route template: the
 * property is the servlet request's attribute, read once the request is done.
 */
@Provider
public class ApiRouteFilter implements ContainerRequestFilter {

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        if (resource.getResourceMethod() != null) {
            request.setProperty(HttpMetricsFilter.ROUTE, RouteTemplates.api(resource.getResourceClass(), resource.getResourceMethod()));
        }
    }
}
