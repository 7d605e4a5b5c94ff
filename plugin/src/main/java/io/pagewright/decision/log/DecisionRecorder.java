package io.pagewright.decision.log;

import io.pagewright.decision.AssembledPage;
import io.pagewright.decision.DecisionLog;
import io.pagewright.decision.DecisionRecord;
import io.pagewright.decision.SlotDecision;
import io.pagewright.learning.BanditStrategy;
import io.pagewright.learning.PinnedBandit;
import io.pagewright.platform.AppSettings;
import io.pagewright.policy.GuardedPage;
import io.pagewright.policy.SlotExplanation;
import io.pagewright.security.Secrets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Turns what a resolve produced into a {@link DecisionRecord} and hands it to the decision log.
 * Visitor ids are replaced by an HMAC keyed with a secret of this installation, so the log groups
 * decisions by visitor without naming them and without being reversible by guessing ids.
 */
@ApplicationScoped
public class DecisionRecorder {

    static final String HASH_KEY_SETTING = "decisions.visitor-hash-key";

    @Inject DecisionLog log;
    @Inject AppSettings settings;

    /** A keyed MAC per thread: looking one up and keying it on every resolve costs more. */
    private volatile ThreadLocal<Mac> macs;

    /** Creates the installation's hash key on first start; called before the first resolve. */
    public void start() {
        String key =
                settings.get(HASH_KEY_SETTING)
                        .orElseGet(() -> {
                            String fresh = Secrets.random(32);
                            settings.put(HASH_KEY_SETTING, fresh);
                            return fresh;
                        });
        SecretKeySpec hashKey =
                new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
        macs =
                ThreadLocal.withInitial(() -> {
                    try {
                        Mac mac = Mac.getInstance("HmacSHA256");
                        mac.init(hashKey);
                        return mac;
                    } catch (GeneralSecurityException e) {
                        throw new IllegalStateException(e);
                    }
                });
    }

    public void record(
            GuardedPage guarded,
            Map<String, Object> context,
            Map<String, Long> policyVersions,
            String fallbackReason,
            long latencyMicros,
            boolean holdout,
            long surfaceVersion,
            Map<String, Object> visitor,
            Function<SlotDecision, Optional<PinnedBandit.Trace>> traces) {
        AssembledPage page = guarded.page();
        Map<String, SlotExplanation> explanations =
                guarded.explanations().stream()
                        .collect(
                                Collectors.toMap(
                                        SlotExplanation::slot, Function.identity(), (a, b) -> a));
        List<DecisionRecord.Slot> slots =
                page.slots().stream()
                        .map(slot ->
                                slot(
                                        slot,
                                        explanations.get(slot.slot()),
                                        BanditStrategy.ID.equals(slot.strategy())
                                                ? traces.apply(slot)
                                                : Optional.empty()))
                        .toList();
        log.record(
                new DecisionRecord(
                        page.pageDecisionId(),
                        Instant.now(),
                        page.surface(),
                        page.channel(),
                        visitorHash(page.visitorId()),
                        context,
                        policyVersions,
                        fallbackReason,
                        latencyMicros,
                        holdout,
                        slots,
                        surfaceVersion,
                        visitor));
    }

    private static DecisionRecord.Slot slot(
            SlotDecision decision,
            SlotExplanation explanation,
            Optional<PinnedBandit.Trace> trace) {
        List<String> eligible =
                explanation == null ? List.of(decision.variant()) : explanation.eligible();
        List<DecisionRecord.Removal> removed =
                explanation == null
                        ? List.of()
                        : explanation.removals().stream()
                                .map(r -> new DecisionRecord.Removal(r.variant(), r.ruleId()))
                                .toList();
        return new DecisionRecord.Slot(
                decision.decisionId(),
                decision.slot(),
                decision.variant(),
                decision.isDefault(),
                decision.strategy(),
                decision.probability(),
                trace.map(PinnedBandit.Trace::exploration).orElse(false),
                trace.map(t -> Long.toString(t.modelVersion())).orElse(null),
                eligible.isEmpty() ? List.of(decision.variant()) : eligible,
                removed,
                trace.map(PinnedBandit.Trace::features).orElse(List.of()),
                trace.map(PinnedBandit.Trace::cell).orElse(-1),
                trace.map(PinnedBandit.Trace::escalation).orElse(null),
                itemIds(decision));
    }

    /** The ids of the catalog items a filled rail shows. */
    private static List<String> itemIds(SlotDecision decision) {
        if (!(decision.content().get(io.pagewright.catalog.PageRails.ITEMS)
                instanceof List<?> items)) {
            return List.of();
        }
        return items.stream()
                .filter(i -> i instanceof java.util.Map<?, ?>)
                .map(i -> String.valueOf(((java.util.Map<?, ?>) i).get("id")))
                .toList();
    }

    /** A keyed one-way hash of a visitor id, 32 hex digits. */
    public String visitorHash(String visitorId) {
        if (macs == null) {
            start();
        }
        // doFinal resets the MAC for the thread's next use.
        byte[] digest = macs.get().doFinal(visitorId.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest, 0, 16);
    }
}
