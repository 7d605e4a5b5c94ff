package io.pagewright.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runtime settings, read through MicroProfile Config: {@code pagewright.<area>.<name>}, overridable
 * by environment variables {@code PAGEWRIGHT_<AREA>_<NAME>}. Defaults work on a laptop.
 */
@ApplicationScoped
public class PagewrightConfig {

    @Inject
    @ConfigProperty(name = "pagewright.elasticsearch.url", defaultValue = "http://127.0.0.1:9200")
    String elasticsearchUrl;

    @Inject
    @ConfigProperty(name = "pagewright.elasticsearch.index-prefix", defaultValue = "pagewright")
    String indexPrefix;

    @Inject
    @ConfigProperty(name = "pagewright.demo.enabled", defaultValue = "false")
    boolean demoEnabled;

    public String elasticsearchUrl() {
        return elasticsearchUrl;
    }

    /**
     * Every index and alias Pagewright creates starts with this, so installations can share a
     * cluster.
     */
    public String indexPrefix() {
        return indexPrefix;
    }

    /** Load the framework's two example surfaces on the first start of an empty installation. */
    public boolean demoEnabled() {
        return demoEnabled;
    }
}
