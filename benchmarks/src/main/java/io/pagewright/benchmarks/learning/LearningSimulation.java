package io.pagewright.benchmarks.learning;

import io.pagewright.benchmarks.learning.Contender.Feedback;
import io.pagewright.decision.PublishedVariant;
import io.pagewright.learning.BanditSettings;
import io.pagewright.learning.Outcome;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Replays the same synthetic stream (same visitors, same shared random numbers) for each contender,
 * with feedback delayed into micro-batches, and prints cumulative expected regret against the
 * per-round optimum at checkpoints, realised reward and runtime, as Markdown.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar
 * io.pagewright.benchmarks.learning.LearningSimulation [rounds] [seeds] [batch] [first seed]}.
 */
public final class LearningSimulation {

    private static final double[] CHECKPOINTS = {0.1, 0.25, 0.5, 0.75, 1.0};

    private LearningSimulation() {}

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int seeds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        int batch = args.length > 2 ? Integer.parseInt(args[2]) : 100;
        // defaults were tuned on seeds 1 and 2; report on others
        long firstSeed = args.length > 3 ? Long.parseLong(args[3]) : 3;
        Map<String, List<Result>> results = new LinkedHashMap<>();
        for (long seed = firstSeed; seed < firstSeed + seeds; seed++) {
            SimulatedWorld world = new SimulatedWorld(seed);
            List<Round> stream = world.stream(rounds, 1000 * seed + 1);
            for (Function<List<Round>, Contender> factory : contenders(world)) {
                try (Contender contender = factory.apply(stream)) {
                    Result r = run(world, stream, contender, batch);
                    results.computeIfAbsent(contender.name(), n -> new ArrayList<>()).add(r);
                    System.err.printf(
                            Locale.ROOT,
                            "seed %d %-45s %.1f s%n",
                            seed,
                            contender.name(),
                            r.seconds);
                }
            }
        }
        print(results, rounds, seeds, batch);
        System.out.printf(Locale.ROOT, "%nseeds %d to %d%n", firstSeed, firstSeed + seeds - 1);
    }

    private static List<Function<List<Round>, Contender>> contenders(SimulatedWorld world) {
        List<PublishedVariant> variants = world.variants;
        int k = variants.size();
        BanditSettings ours =
                BanditSettings.DEFAULTS
                        .with("objective.click", SimulatedWorld.OBJECTIVE.click())
                        .with("objective.conversion", SimulatedWorld.OBJECTIVE.conversion())
                        .with("objective.revenue", SimulatedWorld.OBJECTIVE.revenue())
                        .with("objective.revenueScale", SimulatedWorld.OBJECTIVE.revenueScale());
        String tuning = System.getProperty("bandit");
        if (tuning != null) {
            // quick sweeps: -Dbandit=exploitation=30;optimism=0.5 runs only that configuration
            BanditSettings tuned = ours;
            for (String pair : tuning.split(";")) {
                String[] nameValue = pair.split("=", 2);
                tuned = tuned.with(nameValue[0], nameValue[1]);
            }
            BanditSettings chosen = tuned;
            return List.of(
                    s -> new BanditContender("Pagewright bandit " + tuning, variants, chosen));
        }
        return List.of(
                s -> Baselines.uniform(k),
                s -> Baselines.bestFixed(s, k),
                s -> new Baselines.EpsilonGreedy(0.05, k),
                s ->
                        new VowpalWabbitContender(
                                "VW --cb_explore_adf -q UA --epsilon 0.05",
                                "--cb_explore_adf -q UA --epsilon 0.05",
                                variants),
                s ->
                        new VowpalWabbitContender(
                                "VW --cb_explore_adf -q UA --squarecb",
                                "--cb_explore_adf -q UA --squarecb",
                                variants),
                s -> new BanditContender("Pagewright bandit (defaults)", variants, ours),
                s ->
                        new BanditContender(
                                "Pagewright bandit, never forgets (halfLife=0)",
                                variants,
                                ours.with("halfLife", 0)));
    }

    private static Result run(
            SimulatedWorld world, List<Round> stream, Contender contender, int batch) {
        long start = System.nanoTime();
        Result result = new Result(CHECKPOINTS.length);
        List<Feedback> pending = new ArrayList<>(batch);
        double regret = 0;
        int next = 0;
        for (Round round : stream) {
            double[] p = contender.distribution(round);
            int chosen = sample(p, round.uChoice());
            Outcome outcome = world.outcome(round, chosen);
            double reward = SimulatedWorld.OBJECTIVE.reward(outcome);
            result.reward += reward;
            double expected = 0;
            for (int a = 0; a < p.length; a++) {
                expected += p[a] * round.expectedReward()[a];
            }
            regret += round.best() - expected;
            pending.add(new Feedback(round, chosen, p[chosen], outcome, reward));
            if (pending.size() == batch) {
                contender.learn(pending);
                pending.clear();
            }
            while (next < CHECKPOINTS.length
                    && round.index() + 1 == checkpoint(next, stream.size())) {
                result.regret[next++] = regret;
            }
        }
        result.seconds = (System.nanoTime() - start) / 1e9;
        return result;
    }

    private static int checkpoint(int i, int rounds) {
        return (int) Math.round(CHECKPOINTS[i] * rounds);
    }

    private static int sample(double[] p, double u) {
        double cumulative = 0;
        for (int a = 0; a < p.length; a++) {
            cumulative += p[a];
            if (u < cumulative) {
                return a;
            }
        }
        return p.length - 1;
    }

    private static void print(Map<String, List<Result>> results, int rounds, int seeds, int batch) {
        System.out.printf(
                Locale.ROOT,
                "%d rounds × %d seeds, feedback in micro-batches of %d, drift at round %d%n%n",
                rounds,
                seeds,
                batch,
                rounds / 2);
        StringBuilder header = new StringBuilder("| contender |");
        StringBuilder rule = new StringBuilder("|---|");
        for (double c : CHECKPOINTS) {
            header.append(
                    String.format(Locale.ROOT, " regret @%d |", checkpoint(indexOf(c), rounds)));
            rule.append("---:|");
        }
        System.out.println(header + " reward/round | s/run |");
        System.out.println(rule + "---:|---:|");
        results.forEach((name, runs) -> {
            StringBuilder row = new StringBuilder("| " + name + " |");
            for (int i = 0; i < CHECKPOINTS.length; i++) {
                final int c = i;
                row.append(meanSd(runs.stream().mapToDouble(r -> r.regret[c]).toArray()))
                        .append(" |");
            }
            row.append(
                    String.format(
                            Locale.ROOT,
                            " %.4f |",
                            runs.stream().mapToDouble(r -> r.reward).average().orElseThrow()
                                    / rounds));
            row.append(
                    String.format(
                            Locale.ROOT,
                            " %.1f |",
                            runs.stream().mapToDouble(r -> r.seconds).average().orElseThrow()));
            System.out.println(row);
        });
    }

    private static int indexOf(double c) {
        for (int i = 0; i < CHECKPOINTS.length; i++) {
            if (CHECKPOINTS[i] == c) {
                return i;
            }
        }
        throw new IllegalArgumentException();
    }

    private static String meanSd(double[] xs) {
        double mean = 0;
        for (double x : xs) {
            mean += x / xs.length;
        }
        double var = 0;
        for (double x : xs) {
            var += (x - mean) * (x - mean) / Math.max(1, xs.length - 1);
        }
        return String.format(Locale.ROOT, " %.0f ± %.0f", mean, Math.sqrt(var));
    }

    private static final class Result {
        final double[] regret;
        double reward;
        double seconds;

        Result(int checkpoints) {
            regret = new double[checkpoints];
        }
    }
}
