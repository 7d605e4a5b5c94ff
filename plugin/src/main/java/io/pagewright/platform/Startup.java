package io.pagewright.platform;

import io.pagewright.demo.DemoContent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * What happens when the application is deployed, before it serves a request: the schema is
 * migrated, then demo content is loaded if enabled.
 */
@ApplicationScoped
public class Startup {

    @Inject DatabaseMigration migration;
    @Inject DemoContent demo;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        migration.migrate();
        demo.loadOnce();
    }
}
