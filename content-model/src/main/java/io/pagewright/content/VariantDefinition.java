package io.pagewright.content;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One candidate component for a slot, as an editor defines it: the component type and its content
 * fields, and the metadata the decision engine uses: tags, offer, the locales and channels it is
 * written for (empty: all), restrictions, and an optional validity window [validFrom, validUntil).
 */
public record VariantDefinition(
        @NotNull @Pattern(regexp = Keys.PATTERN, message = Keys.MESSAGE) String key,
        @NotBlank @Size(max = 200) String name,
        @NotNull @Pattern(regexp = Keys.PATTERN, message = Keys.MESSAGE) String componentType,
        @NotNull @Size(max = 100, message = "must have at most 100 fields")
                Map<String, Object> content,
        @Valid Tags tags,
        @Valid Offer offer,
        @Size(max = 20)
                List<
                                @NotNull
                                @Pattern(
                                        regexp = VariantDefinition.LOCALE,
                                        message = "must be a locale such as en or en-GB")
                                String>
                        locales,
        @Size(max = 4) List<@NotNull Channel> channels,
        @Valid Restrictions restrictions,
        Instant validFrom,
        Instant validUntil) {

    /** A language, optionally with a region: {@code en}, {@code en-GB}, {@code pt-BR}. */
    public static final String LOCALE = "[a-z]{2,3}(-[A-Z]{2})?";

    public VariantDefinition {
        content =
                content == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(content));
        tags = tags == null ? Tags.NONE : tags;
        locales = Lists.copyOrEmpty(locales);
        channels = Lists.copyOrEmpty(channels);
        restrictions = restrictions == null ? Restrictions.NONE : restrictions;
    }

    /** A variant with content, tags and offer only: any locale and channel, always valid. */
    public static VariantDefinition of(
            String key,
            String name,
            String componentType,
            Map<String, Object> content,
            Tags tags,
            Offer offer) {
        return new VariantDefinition(
                key, name, componentType, content, tags, offer, null, null, null, null, null);
    }

    /** Whether the validity window, if any, includes {@code at}. */
    public boolean isValidAt(Instant at) {
        return (validFrom == null || !at.isBefore(validFrom))
                && (validUntil == null || at.isBefore(validUntil));
    }

    @AssertTrue(message = "validUntil must be after validFrom")
    boolean isWindowOrdered() {
        return validFrom == null || validUntil == null || validUntil.isAfter(validFrom);
    }
}
