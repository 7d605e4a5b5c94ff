package io.pagewright.platform;

import io.pagewright.demo.DemoContent;
import io.pagewright.profile.EventPipeline;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * What happens when the application is deployed, before it serves a request: the schema is
 * migrated, then demo content is loaded if enabled, then the event consumers start.
 */
@ApplicationScoped
public class Startup {

    @Inject DatabaseMigration migration;
    @Inject DemoContent demo;
    @Inject EventPipeline events;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        migration.migrate();
        demo.loadOnce();
        events.start();
    }
}
