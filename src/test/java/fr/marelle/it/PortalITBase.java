package fr.marelle.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;

/**
 * Base of the integration test classes: the WAR built by {@code package}, deployed as it is
 * (testable = false: the tests are HTTP clients). Its WEB-INF/payara-web.xml gives it the
 * context root {@code /}, which Payara Micro honours for a WAR deployed with --deploy, so the
 * portal answers at {@link ItEnvironment#baseUrl()}. Arquillian starts one Payara Micro per
 * test run ({@link SharedPortalContainer}), shared by all the classes.
 */
@MarelleIT
public abstract class PortalITBase {

    @Deployment(testable = false)
    public static WebArchive portal() {
        File war = new File(System.getProperty("marelle.it.war", "target/marelle.war"));
        if (!war.isFile()) {
            throw new IllegalStateException(war + " is missing: run the integration tests with 'mvn verify'");
        }
        return ShrinkWrap.createFromZipFile(WebArchive.class, war);
    }
}
