package fr.marelle.it;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An integration test against the real portal on Payara Micro. The order of the extensions
 * matters: {@link ItEnvironment} starts the database and mail server and writes the properties
 * file that Payara Micro reads, then Arquillian boots Payara Micro with the WAR.
 * Extend {@link PortalITBase}, which carries this annotation and the deployment.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith({ItEnvironment.class, ArquillianExtension.class})
public @interface MarelleIT {
}
