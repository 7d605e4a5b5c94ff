package io.pagewright.demo;

import io.pagewright.content.ComponentTypeDefinition;
import io.pagewright.content.ComponentTypeService;
import io.pagewright.content.SurfaceDefinition;
import io.pagewright.content.SurfaceService;
import io.pagewright.platform.AppSettings;
import io.pagewright.platform.Json;
import io.pagewright.platform.PagewrightConfig;
import io.pagewright.platform.ProblemException;
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
    private static final TypeReference<List<ComponentTypeDefinition>> COMPONENT_TYPES =
            new TypeReference<>() {};
    static final List<String> SURFACES = List.of("ecommerce-homepage", "saas-onboarding");
    private static final Logger LOG = Logger.getLogger(DemoContent.class.getName());

    @Inject PagewrightConfig config;
    @Inject SurfaceService surfaces;
    @Inject ComponentTypeService componentTypes;
    @Inject IndexOutbox outbox;
    @Inject AppSettings settings;
    @Inject PublishingService publishing;

    public void loadOnce() {
        if (!config.demoEnabled() || settings.get(MARKER).isPresent()) {
            return;
        }
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
