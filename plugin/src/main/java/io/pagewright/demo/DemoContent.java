package io.pagewright.demo;

import io.pagewright.content.ComponentTypeDefinition;
import io.pagewright.content.ComponentTypeService;
import io.pagewright.content.SurfaceDefinition;
import io.pagewright.content.SurfaceService;
import io.pagewright.platform.AppSettings;
import io.pagewright.platform.Json;
import io.pagewright.platform.PagewrightConfig;
import io.pagewright.platform.ProblemException;
import io.pagewright.policy.Policy;
import io.pagewright.policy.PolicyService;
import io.pagewright.policy.StoredPolicy;
import io.pagewright.publishing.ContentKind;
import io.pagewright.publishing.PublishingService;
import io.pagewright.search.IndexOutbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.logging.Logger;
import tools.jackson.core.type.TypeReference;

/**
 * The framework's two examples, an ecommerce homepage and a SaaS onboarding flow, loaded through
 * the same service as the API on the first start of an installation with demo content enabled. A
 * marker in the database makes it happen once: surfaces deleted later do not come back.
 */
@ApplicationScoped
public class DemoContent {

    static final String MARKER = "demo.loaded";
    static final String POLICIES_MARKER = "demo.policies.loaded";
    static final String CATALOG_MARKER = "demo.catalog.loaded";
    private static final TypeReference<List<ComponentTypeDefinition>> COMPONENT_TYPES =
            new TypeReference<>() {};
    static final List<String> SURFACES = List.of("ecommerce-homepage", "saas-onboarding");
    private static final Logger LOG = Logger.getLogger(DemoContent.class.getName());

    @Inject PagewrightConfig config;
    @Inject SurfaceService surfaces;
    @Inject ComponentTypeService componentTypes;
    @Inject IndexOutbox outbox;
    @Inject AppSettings settings;
    @Inject PolicyService policies;
    @Inject PublishingService publishing;
    @Inject io.pagewright.catalog.ElasticsearchCatalog catalog;

    public void loadOnce() {
        if (!config.demoEnabled()) {
            return;
        }
        if (settings.get(MARKER).isEmpty()) {
            loadSurfaces();
        }
        if (settings.get(MARKER).isPresent() && settings.get(POLICIES_MARKER).isEmpty()) {
            loadPolicies();
        }
        if (settings.get(CATALOG_MARKER).isEmpty()) {
            loadCatalog();
        }
    }

    /** The products the demo homepage's recommendation rails are filled from. */
    private void loadCatalog() {
        try {
            catalog.importItems(
                    read("catalog", io.pagewright.catalog.api.CatalogResource.CatalogImport.class)
                            .items());
            settings.put(CATALOG_MARKER, "true");
            LOG.info("Demo catalog loaded");
        } catch (RuntimeException e) {
            // Elasticsearch may still be starting: the next start tries again
            LOG.warning("Demo catalog not loaded: " + e.getMessage());
        }
    }

    /**
     * The demo policies of docs/policies.md, one per demo surface, created and made active. A
     * separate marker, so that installations that loaded the demo surfaces before policies existed
     * get them too.
     */
    private void loadPolicies() {
        try {
            for (String key : SURFACES) {
                if (!surfaces.exists(key)) {
                    continue;
                }
                Policy document = read("policies/" + key, Policy.class);
                boolean exists = policies.list().stream().anyMatch(p -> p.key().equals(key));
                StoredPolicy stored =
                        exists ? policies.get(key) : policies.create(document, "demo policy");
                if (stored.activeVersion().isEmpty()) {
                    publishing.installPublished(ContentKind.POLICY, key, "demo policy");
                }
            }
            settings.put(POLICIES_MARKER, "true");
            LOG.info("Demo policies loaded and active: " + SURFACES);
        } catch (ProblemException e) {
            // For example a demo surface edited so that its defaults break the demo policy.
            LOG.warning("Demo policies not loaded: " + e.getMessage());
            settings.put(POLICIES_MARKER, "refused");
        }
    }

    private void loadSurfaces() {
        try {
            for (ComponentTypeDefinition type : read("component-types", COMPONENT_TYPES)) {
                if (!componentTypes.exists(type.key())) {
                    componentTypes.create(type);
                }
            }
            for (String key : SURFACES) {
                if (!surfaces.exists(key)) {
                    surfaces.create(read(key, SurfaceDefinition.class), "demo content");
                }
                publishing.installPublished(ContentKind.SURFACE, key, "demo content");
            }
            outbox.drain();
            settings.put(MARKER, "true");
            LOG.info("Demo content loaded and published: " + SURFACES);
        } catch (ProblemException e) {
            // Typically Elasticsearch not up yet: the next start tries again.
            LOG.warning("Demo content not loaded yet: " + e.getMessage());
        }
    }

    private static <T> T read(String name, Class<T> type) {
        try (InputStream in = DemoContent.class.getResourceAsStream("/demo/" + name + ".json")) {
            return Json.MAPPER.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> T read(String name, TypeReference<T> type) {
        try (InputStream in = DemoContent.class.getResourceAsStream("/demo/" + name + ".json")) {
            return Json.MAPPER.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
