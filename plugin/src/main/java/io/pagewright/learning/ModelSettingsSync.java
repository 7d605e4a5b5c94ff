package io.pagewright.learning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Applies the settings of published bandit slots to their models: a model (in memory on this node,
 * which includes every stored one) whose settings differ from what its published slot names gets a
 * new version with them, written under the learner's lock, so a slot without traffic takes new
 * settings too, within a second of the publish. The learner does the same before learning.
 */
@ApplicationScoped
@Transactional
public class ModelSettingsSync {

    @Inject Learner learner;
    @Inject ModelStore store;
    @Inject LearningModels models;

    /** Writes the versions needed; how many. */
    public int apply() {
        int written = 0;
        for (SlotModel inMemory : models.all()) {
            BanditSettings wanted = learner.publishedSettings(inMemory.surface(), inMemory.slot());
            if (inMemory.current().settings().equals(wanted)) {
                continue;
            }
            learner.lock();
            SlotModel model = learner.load(inMemory.surface(), inMemory.slot());
            if (store.newest(model.surface(), model.slot())
                    .map(stored -> stored.version() == model.current().version())
                    .orElse(false)) {
                continue; // another node wrote them meanwhile
            }
            store.save(model.snapshot(), "settings of the published slot", "publishing");
            written++;
        }
        return written;
    }
}
