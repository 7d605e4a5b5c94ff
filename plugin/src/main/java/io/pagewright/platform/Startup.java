package io.pagewright.platform;

import io.pagewright.demo.DemoContent;
import io.pagewright.profile.EventPipeline;
import io.pagewright.publishing.PublishingScheduler;
import io.pagewright.security.DemoUsers;
import io.pagewright.webhook.WebhookDispatcher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * What happens when the application is deployed, before it serves a request: the schema is
 * migrated, the first users are created (demo users or a bootstrap administrator), then demo
 * content is loaded if enabled, then the background jobs (publishing, webhooks, events) start.
 */
@ApplicationScoped
public class Startup {

    @Inject DatabaseMigration migration;
    @Inject DemoContent demo;
    @Inject DemoUsers demoUsers;
    @Inject PagewrightConfig config;
    @Inject io.pagewright.search.IndexOutbox outbox;
    @Inject PublishingScheduler publishingScheduler;
    @Inject WebhookDispatcher webhookDispatcher;
    @Inject io.pagewright.decision.log.ElasticsearchDecisionLog decisionLog;
    @Inject io.pagewright.decision.log.DecisionRecorder decisionRecorder;
    @Inject EventPipeline events;
    @Inject io.pagewright.learning.LearningLoop learning;
    @Inject io.pagewright.learning.Escalations escalations;
    @Inject io.pagewright.catalog.Trends trends;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        migration.migrate();
        demoUsers.createOnce(config.demoEnabled());
        demo.loadOnce();
        outbox.start();
        publishingScheduler.start();
        webhookDispatcher.start();
        decisionRecorder.start();
        decisionLog.start();
        events.start();
        learning.start();
        escalations.start();
        trends.start();
    }
}
