package fr.marelle.it;

import fish.payara.arquillian.container.payara.managed.PayaraMicroDeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.container.LifecycleException;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.shrinkwrap.api.Archive;

import java.util.logging.Logger;

/**
 * Payara Micro booted once for all the integration test classes of a run. Arquillian's Payara Micro
 * container launches a new server for each deployment, that is for each test class (30 s each
 * here); every class deploys the same WAR, so the first deployment is kept and handed to the next
 * classes, and the server stops with the test run. Each class works with its own families and
 * régies, so that any class passes alone and in any order.
 */
public class SharedPortalContainer extends PayaraMicroDeployableContainer {

    private static final Logger LOG = Logger.getLogger(SharedPortalContainer.class.getName());

    private ProtocolMetaData deployed;
    private Archive<?> archive;

    @Override
    public synchronized ProtocolMetaData deploy(Archive<?> war) throws DeploymentException {
        if (deployed == null) {
            deployed = super.deploy(war);
            archive = war;
        } else {
            LOG.fine("The portal under test is already running: reused");
        }
        return deployed;
    }

    @Override
    public void undeploy(Archive<?> war) {
        // kept for the next test class; stopped with the run (stop)
    }

    @Override
    public synchronized void stop() throws LifecycleException {
        if (deployed != null) {
            deployed = null;
            try {
                super.undeploy(archive);
            } catch (DeploymentException e) {
                throw new LifecycleException("stopping the portal under test", e);
            }
        }
    }

    /** Puts {@link SharedPortalContainer} in the place of Payara's own container (META-INF/services). */
    public static final class Extension implements LoadableExtension {
        @Override
        public void register(ExtensionBuilder builder) {
            builder.override(DeployableContainer.class, PayaraMicroDeployableContainer.class, SharedPortalContainer.class);
        }
    }
}
