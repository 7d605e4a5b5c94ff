package io.pagewright.learning;

import io.pagewright.platform.BackgroundTask;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The slot models decisions read, in memory: per surface its {@link SlotModels}, each slot model
 * restored from its newest stored version. A model with no stored version starts from the default
 * settings (cold start: tag-match priors). Every node checks the store every second and swaps in
 * newer versions, so all nodes decide with the model the learner (on whichever node it runs) wrote
 * last; a swap is atomic per slot.
 */
@ApplicationScoped
public class LearningModels {

    private static final Logger LOG = Logger.getLogger(LearningModels.class.getName());

    @Inject ModelStore store;
    @Resource ManagedScheduledExecutorService scheduler;

    private final Map<String, SlotModels> bySurface = new ConcurrentHashMap<>();
    private final Map<ModelStore.SlotKey, Long> loaded = new ConcurrentHashMap<>();
    private BackgroundTask poller;

    /** Loads the stored models and keeps checking for newer versions. */
    public void start() {
        refresh();
        poller =
                BackgroundTask.every(
                        scheduler,
                        "Model refresh",
                        Duration.ofSeconds(1),
                        Duration.ofSeconds(1),
                        this::refresh);
    }

    @PreDestroy
    void stop() {
        if (poller != null) {
            poller.stop();
        }
    }

    /** The learning strategy of a surface, over its slot models. */
    public BanditStrategy strategy(String surface) {
        return new BanditStrategy(models(surface));
    }

    public SlotModels models(String surface) {
        return bySurface.computeIfAbsent(
                surface, key -> new SlotModels(key, BanditSettings.DEFAULTS));
    }

    /** Every slot model in memory on this node. */
    public java.util.List<SlotModel> all() {
        return bySurface.values().stream().flatMap(m -> m.all().stream()).toList();
    }

    /** Swaps in every slot model whose stored version is newer than the one in memory. */
    public void refresh() {
        try {
            store.newestVersions()
                    .forEach((key, version) -> {
                        Long known = loaded.get(key);
                        if (known == null || known < version) {
                            store.find(key.surface(), key.slot(), version)
                                    .ifPresent(snapshot -> {
                                        models(key.surface()).restore(snapshot);
                                        loaded.put(key, version);
                                    });
                        }
                    });
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not check for newer models; keeping these", e);
        }
    }
}
