package io.pagewright.learning;

import io.pagewright.audit.AuditTrail;
import io.pagewright.security.CurrentActor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.function.Consumer;

/**
 * What strategy owners do to a slot model: freeze it (decisions go on, nothing is learned),
 * unfreeze it, or reset it to its priors. Each writes a new model version under the learner's lock,
 * so it never interleaves with a learning step, and is audited.
 */
@ApplicationScoped
@Transactional
public class ModelOperations {

    @Inject Learner learner;
    @Inject ModelStore store;
    @Inject LearningModels models;
    @Inject AuditTrail audit;
    @Inject CurrentActor actor;

    public ModelStore.VersionSummary freeze(String surface, String slot) {
        return change(surface, slot, "freeze", SlotModel::freeze);
    }

    public ModelStore.VersionSummary unfreeze(String surface, String slot) {
        return change(surface, slot, "unfreeze", SlotModel::unfreeze);
    }

    public ModelStore.VersionSummary reset(String surface, String slot) {
        return change(surface, slot, "reset", SlotModel::reset);
    }

    private ModelStore.VersionSummary change(
            String surface, String slot, String action, Consumer<SlotModel> operation) {
        learner.lock();
        SlotModel model = learner.load(surface, slot);
        operation.accept(model); // every operation makes a new version
        String who = actor.get().name();
        store.save(model.snapshot(), action, who);
        audit.record(
                "model." + action,
                "model",
                surface + "/" + slot,
                model.current().version(),
                null,
                null,
                null);
        return store.versions(surface, slot, 1).getFirst();
    }
}
