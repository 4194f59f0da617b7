package fr.marelle.platform.boundary;

import fr.marelle.platform.control.DatabaseMigration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;

/** /health/ready: the database answers and its schema is migrated. /health/live: the application runs. */
public final class Health {

    private Health() {
    }

    @Readiness
    @ApplicationScoped
    public static class DatabaseReady implements HealthCheck {

        @Inject
        DatabaseMigration migration;

        @Override
        public HealthCheckResponse call() {
            return HealthCheckResponse.named("marelle-database")
                    .status(migration.isMigrated() && migration.isReachable())
                    .withData("migrated", migration.isMigrated())
                    .build();
        }
    }

    @Liveness
    @ApplicationScoped
    public static class Alive implements HealthCheck {

        @Override
        public HealthCheckResponse call() {
            return HealthCheckResponse.up("marelle");
        }
    }
}
