package io.pagewright.policy;

import static io.pagewright.policy.Fixtures.JSON;
import static io.pagewright.policy.Fixtures.UNIFORM;
import static io.pagewright.policy.Fixtures.discount;
import static io.pagewright.policy.Fixtures.offer;
import static io.pagewright.policy.Fixtures.plain;
import static io.pagewright.policy.Fixtures.slot;
import static io.pagewright.policy.Fixtures.surface;
import static org.assertj.core.api.Assertions.assertThat;

import io.pagewright.decision.PublishedSurface;
import io.pagewright.decision.PublishedVariant;
import io.pagewright.decision.Visitor;
import io.pagewright.policy.predicate.FieldCatalog;
import java.util.List;
import org.junit.jupiter.api.Test;

class DryRunTest {

    private final PublishedVariant wine =
            PublishedVariant.builder("wine", "banner").categories(List.of("alcohol")).build();
    private final PublishedSurface surface =
            surface(
                    slot("hero", 0, plain("seasonal"), wine),
                    slot(
                            "offer",
                            1,
                            plain("none"),
                            discount("d20", 20),
                            discount("d10", 10),
                            offer("ship", "free-shipping")));
    private final CompiledPolicy current = CompiledPolicy.empty("no-rules", 1);
    private final CompiledPolicy draft =
            CompiledPolicy.compile(
                    JSON.readValue(DemoPolicies.ECOMMERCE_HOMEPAGE, Policy.class),
                    FieldCatalog.defaults());

    @Test
    void countsChangedDecisionsAndHowOftenEachRuleBites() {
        List<Visitor> visitors = DryRun.syntheticVisitors(FieldCatalog.defaults(), 300, 42);

        DryRunReport report = DryRun.compare(current, draft, surface, visitors, UNIFORM);

        assertThat(report.pages()).isEqualTo(300);
        assertThat(report.decisions()).isEqualTo(600);
        assertThat(report.changedDecisions()).isPositive().isLessThan(600);
        assertThat(report.changedPages())
                .isPositive()
                .isLessThanOrEqualTo(report.changedDecisions());
        assertThat(report.rules())
                .extracting(DryRunReport.RuleActivity::ruleId)
                .contains(
                        "personalization-consent",
                        "max-15-percent",
                        "no-restricted-categories-for-minors");
        assertThat(report.rules())
                .allSatisfy(rule -> {
                    assertThat(rule.bitesUnderCurrent()).isZero();
                    assertThat(rule.bitesUnderDraft()).isPositive();
                });
        assertThat(report.examples()).hasSizeLessThanOrEqualTo(20).isNotEmpty();
        assertThat(report.draft()).isEqualTo(new PolicyVersion("ecommerce-homepage", 1));
    }

    @Test
    void comparingAPolicyWithItselfChangesNothing() {
        List<Visitor> visitors = DryRun.syntheticVisitors(FieldCatalog.defaults(), 50, 7);

        DryRunReport report = DryRun.compare(draft, draft, surface, visitors, UNIFORM);

        assertThat(report.changedDecisions()).isZero();
        assertThat(report.examples()).isEmpty();
        assertThat(report.rules())
                .allSatisfy(rule ->
                        assertThat(rule.bitesUnderCurrent()).isEqualTo(rule.bitesUnderDraft()));
    }

    @Test
    void syntheticVisitorsAreRepeatableAndUseCatalogExamples() {
        assertThat(DryRun.syntheticVisitors(FieldCatalog.defaults(), 5, 1))
                .isEqualTo(DryRun.syntheticVisitors(FieldCatalog.defaults(), 5, 1));
        assertThat(DryRun.syntheticVisitors(FieldCatalog.defaults(), 200, 1))
                .flatExtracting(v -> v.attributes().keySet())
                .contains("ageBand", "region", "consent.personalization");
    }
}
