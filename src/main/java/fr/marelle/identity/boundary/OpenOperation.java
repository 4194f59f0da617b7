package fr.marelle.identity.boundary;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An API operation anyone may call without signing in (see {@link SignedInBeforeBody}).
 * <p>Not {@code @PermitAll}: on Payara that annotation makes its MicroProfile JWT feature call
 * {@code SecurityContext.authenticate} before the method, and the portal's mechanism then answers 401 to an
 * anonymous caller, so the registration failed.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface OpenOperation {
}
