package io.pagewright.demo;

import io.pagewright.content.SurfaceDefinition;
import io.pagewright.content.SurfaceService;
import io.pagewright.platform.AppSettings;
import io.pagewright.platform.Json;
import io.pagewright.platform.PagewrightConfig;
import io.pagewright.platform.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.logging.Logger;

/**
 * The framework's two examples, an ecommerce homepage and a SaaS onboarding flow, loaded through
 * the same service as the API on the first start of an installation with demo content enabled. A
 * marker in the database makes it happen once: surfaces deleted later do not come back.
 */
@ApplicationScoped
public class DemoContent {

    static final String MARKER = "demo.loaded";
    static final List<String> SURFACES = List.of("ecommerce-homepage", "saas-onboarding");
    private static final Logger LOG = Logger.getLogger(DemoContent.class.getName());

    @Inject PagewrightConfig config;
    @Inject SurfaceService surfaces;
    @Inject AppSettings settings;

    public void loadOnce() {
        if (!config.demoEnabled() || settings.get(MARKER).isPresent()) {
            return;
        }
        try {
            for (String key : SURFACES) {
                if (!surfaces.exists(key)) {
                    surfaces.create(read(key));
                }
                surfaces.publish(key);
            }
            settings.put(MARKER, "true");
            LOG.info("Demo content loaded and published: " + SURFACES);
        } catch (ProblemException e) {
            // Typically Elasticsearch not up yet: the next start tries again.
            LOG.warning("Demo content not loaded yet: " + e.getMessage());
        }
    }

    private static SurfaceDefinition read(String key) {
        try (InputStream in = DemoContent.class.getResourceAsStream("/demo/" + key + ".json")) {
            return Json.MAPPER.readValue(in, SurfaceDefinition.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
