package io.pagewright.benchmarks.learning;

import io.pagewright.decision.Distribution;
import io.pagewright.decision.PublishedSlot;
import io.pagewright.decision.PublishedVariant;
import io.pagewright.decision.SlotRequest;
import io.pagewright.learning.BanditSettings;
import io.pagewright.learning.BanditStrategy;
import io.pagewright.learning.ModelState;
import io.pagewright.learning.Observation;
import io.pagewright.learning.SlotModel;
import io.pagewright.learning.SlotModels;
import java.util.ArrayList;
import java.util.List;

/** Pagewright's {@code bandit} strategy, through its public API as the server will use it. */
final class BanditContender implements Contender {

    private final String name;
    private final List<PublishedVariant> variants;
    private final PublishedSlot slot;
    private final SlotModel model;
    private final BanditStrategy strategy;

    BanditContender(String name, List<PublishedVariant> variants, BanditSettings settings) {
        this.name = name;
        this.variants = variants;
        slot = new PublishedSlot("hero", 0, variants.getFirst().key(), variants);
        SlotModels models = new SlotModels("simulation", settings);
        model = models.model("hero");
        strategy = new BanditStrategy(models);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public double[] distribution(Round round) {
        Distribution d = strategy.distribute(request(round), model.current());
        double[] p = new double[variants.size()];
        for (int a = 0; a < p.length; a++) {
            p[a] = d.entries().get(a).probability();
        }
        return p;
    }

    @Override
    public void learn(List<Feedback> batch) {
        ModelState state = model.current();
        List<Observation> observations = new ArrayList<>(batch.size());
        for (Feedback f : batch) {
            String key = variants.get(f.chosen()).key();
            observations.add(
                    new Observation(
                            strategy.features(request(f.round()), state, key),
                            f.probability(),
                            f.outcome()));
        }
        model.learn(observations);
    }

    private SlotRequest request(Round round) {
        return new SlotRequest(slot, variants, round.visitor());
    }
}
