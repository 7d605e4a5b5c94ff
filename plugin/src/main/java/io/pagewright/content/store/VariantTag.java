package io.pagewright.content.store;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One tag of a variant; {@code kind} is intent, lifecycle or category. */
@Embeddable
record VariantTag(
        @Column(name = "kind", nullable = false, length = 16) String kind,
        @Column(name = "tag_value", nullable = false, length = 64) String value) {

    static final String INTENT = "intent";
    static final String LIFECYCLE = "lifecycle";
    static final String CATEGORY = "category";
}
