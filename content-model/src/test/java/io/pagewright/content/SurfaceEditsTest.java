package io.pagewright.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pagewright.content.SurfaceEditException.Reason;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SurfaceEditsTest {

    private final SurfaceDefinition page =
            new SurfaceDefinition(
                    "page",
                    "Page",
                    Channel.WEB,
                    List.of(
                            slot("hero", "control", variant("control"), variant("buy-now")),
                            slot("offer", "no-offer", variant("no-offer"))));

    @Test
    void readsASlotAndAVariantAndNamesWhatIsMissing() {
        assertThat(SurfaceEdits.slot(page, "offer").key()).isEqualTo("offer");
        assertThat(SurfaceEdits.variant(page, "hero", "buy-now").key()).isEqualTo("buy-now");

        assertRefused(() -> SurfaceEdits.slot(page, "footer"), Reason.SLOT_NOT_FOUND, "footer");
        assertRefused(
                () -> SurfaceEdits.variant(page, "hero", "nope"), Reason.VARIANT_NOT_FOUND, "nope");
        assertRefused(
                () -> SurfaceEdits.variant(page, "footer", "control"),
                Reason.SLOT_NOT_FOUND,
                "footer");
    }

    @Test
    void addsASlotAtTheEndOrAtAPosition() {
        SlotDefinition footer = slot("footer", "plain", variant("plain"));

        assertThat(keys(SurfaceEdits.addSlot(page, footer, null)))
                .containsExactly("hero", "offer", "footer");
        assertThat(keys(SurfaceEdits.addSlot(page, footer, 0)))
                .containsExactly("footer", "hero", "offer");
        assertThat(keys(SurfaceEdits.addSlot(page, footer, 2)))
                .containsExactly("hero", "offer", "footer");
        assertThat(keys(page)).containsExactly("hero", "offer");
    }

    @Test
    void refusesADuplicateSlotAndAPositionOutsideTheList() {
        assertRefused(
                () -> SurfaceEdits.addSlot(page, slot("offer", "x", variant("x")), null),
                Reason.SLOT_EXISTS,
                "offer");
        assertRefused(
                () -> SurfaceEdits.addSlot(page, slot("footer", "x", variant("x")), 3),
                Reason.POSITION_OUT_OF_RANGE,
                "between 0 and 2");
        assertRefused(
                () -> SurfaceEdits.addSlot(page, slot("footer", "x", variant("x")), -1),
                Reason.POSITION_OUT_OF_RANGE,
                "between 0 and 2");
    }

    @Test
    void replacesASlotInPlaceButNotUnderAnotherKey() {
        SlotDefinition newHero = slot("hero", "only", variant("only"));

        SurfaceDefinition changed = SurfaceEdits.replaceSlot(page, "hero", newHero);

        assertThat(keys(changed)).containsExactly("hero", "offer");
        assertThat(changed.slots().getFirst()).isEqualTo(newHero);
        assertRefused(
                () -> SurfaceEdits.replaceSlot(page, "offer", newHero),
                Reason.KEY_MISMATCH,
                "must be 'offer'");
        assertRefused(
                () -> SurfaceEdits.replaceSlot(page, "footer", slot("footer", "x", variant("x"))),
                Reason.SLOT_NOT_FOUND,
                "footer");
    }

    @Test
    void removesASlotButKeepsTheLastOne() {
        SurfaceDefinition heroOnly = SurfaceEdits.removeSlot(page, "offer");

        assertThat(keys(heroOnly)).containsExactly("hero");
        assertRefused(() -> SurfaceEdits.removeSlot(heroOnly, "hero"), Reason.LAST_SLOT, "hero");
        assertRefused(
                () -> SurfaceEdits.removeSlot(page, "footer"), Reason.SLOT_NOT_FOUND, "footer");
    }

    @Test
    void addsAVariantAtTheEndOfItsSlotAndRefusesADuplicateKey() {
        SurfaceDefinition changed =
                SurfaceEdits.addVariant(page, "offer", variant("free-shipping"));

        assertThat(variantKeys(changed, "offer")).containsExactly("no-offer", "free-shipping");
        assertThat(variantKeys(changed, "hero")).containsExactly("control", "buy-now");
        assertRefused(
                () -> SurfaceEdits.addVariant(page, "hero", variant("buy-now")),
                Reason.VARIANT_EXISTS,
                "buy-now");
    }

    @Test
    void replacesAVariantInPlaceButNotUnderAnotherKey() {
        VariantDefinition renamed =
                VariantDefinition.of(
                        "control", "Renamed", "hero-banner", Map.of("headline", "New"), null, null);

        SurfaceDefinition changed = SurfaceEdits.replaceVariant(page, "hero", "control", renamed);

        assertThat(SurfaceEdits.variant(changed, "hero", "control").name()).isEqualTo("Renamed");
        assertThat(variantKeys(changed, "hero")).containsExactly("control", "buy-now");
        assertRefused(
                () -> SurfaceEdits.replaceVariant(page, "hero", "buy-now", renamed),
                Reason.KEY_MISMATCH,
                "must be 'buy-now'");
        assertRefused(
                () -> SurfaceEdits.replaceVariant(page, "hero", "gone", variant("gone")),
                Reason.VARIANT_NOT_FOUND,
                "gone");
    }

    @Test
    void removesAVariantButNeverTheSlotsDefault() {
        SurfaceDefinition changed = SurfaceEdits.removeVariant(page, "hero", "buy-now");

        assertThat(variantKeys(changed, "hero")).containsExactly("control");
        assertRefused(
                () -> SurfaceEdits.removeVariant(page, "hero", "control"),
                Reason.DEFAULT_VARIANT,
                "slot 'hero'");
        assertRefused(
                () -> SurfaceEdits.removeVariant(page, "hero", "gone"),
                Reason.VARIANT_NOT_FOUND,
                "gone");
    }

    @Test
    void pathsNameWhereASlotOrVariantSitsInTheDocument() {
        assertThat(SurfaceEdits.slotPath(page, "offer")).isEqualTo("slots[1]");
        assertThat(SurfaceEdits.variantPath(page, "hero", "buy-now"))
                .isEqualTo("slots[0].variants[1]");
        assertThat(
                        new Violation("slots[0].variants[1].content.headline", "too long")
                                .within("slots[0].variants[1]"))
                .isEqualTo(new Violation("content.headline", "too long"));
        assertThat(new Violation("slots[1].name", "blank").within("slots[0]"))
                .isEqualTo(new Violation("slots[1].name", "blank"));
    }

    @Test
    void knowsWhichComponentTypesItUses() {
        assertThat(page.usesComponentType("hero-banner")).isTrue();
        assertThat(page.usesComponentType("offer-block")).isFalse();
    }

    private static void assertRefused(Runnable edit, Reason reason, String messagePart) {
        assertThatThrownBy(edit::run)
                .isInstanceOfSatisfying(
                        SurfaceEditException.class, e -> assertThat(e.reason()).isEqualTo(reason))
                .hasMessageContaining(messagePart);
    }

    private static List<String> keys(SurfaceDefinition surface) {
        return surface.slots().stream().map(SlotDefinition::key).toList();
    }

    private static List<String> variantKeys(SurfaceDefinition surface, String slotKey) {
        return SurfaceEdits.slot(surface, slotKey).variants().stream()
                .map(VariantDefinition::key)
                .toList();
    }

    private static SlotDefinition slot(
            String key, String defaultVariant, VariantDefinition... variants) {
        return new SlotDefinition(key, key, defaultVariant, List.of(variants), null);
    }

    private static VariantDefinition variant(String key) {
        return VariantDefinition.of(
                key, key, "hero-banner", Map.of("headline", "Hello " + key), null, null);
    }
}
