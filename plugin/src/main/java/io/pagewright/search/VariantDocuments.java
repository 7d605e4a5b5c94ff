package io.pagewright.search;

import io.pagewright.decision.PublishedSlot;
import io.pagewright.decision.PublishedSurface;
import io.pagewright.decision.PublishedVariant;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Turns a published surface into index documents, with the text of its content for search. */
final class VariantDocuments {

    private VariantDocuments() {}

    static List<VariantDocument> of(PublishedSurface surface, Instant publishedAt) {
        List<VariantDocument> documents = new ArrayList<>();
        for (PublishedSlot slot : surface.slots()) {
            int position = 0;
            for (PublishedVariant v : slot.variants()) {
                documents.add(
                        new VariantDocument(
                                surface.key(),
                                surface.channel().wireName(),
                                slot.key(),
                                slot.position(),
                                slot.defaultVariant(),
                                v.key(),
                                position++,
                                v.name(),
                                v.componentType(),
                                v.content(),
                                textOf(v.content()),
                                v.intents().stream().sorted().toList(),
                                v.lifecycleStages().stream().sorted().toList(),
                                v.categories().stream().sorted().toList(),
                                v.offer().map(o -> o.type()).orElse(null),
                                v.offer()
                                        .map(o -> o.discountPercent())
                                        .map(d -> d.doubleValue())
                                        .orElse(null),
                                v.offer().map(o -> o.marginClass()).orElse(null),
                                publishedAt.toString()));
            }
        }
        return documents;
    }

    /** All text values of a component's content, for full-text search. */
    static String textOf(Object value) {
        StringBuilder out = new StringBuilder();
        collectText(value, out);
        return out.toString().strip();
    }

    private static void collectText(Object value, StringBuilder out) {
        if (value instanceof String s) {
            out.append(s).append('\n');
        } else if (value instanceof Map<?, ?> map) {
            map.values().forEach(v -> collectText(v, out));
        } else if (value instanceof Collection<?> list) {
            list.forEach(v -> collectText(v, out));
        }
    }
}
