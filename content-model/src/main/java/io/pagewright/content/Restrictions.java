package io.pagewright.content;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Who a variant may be shown to: {@code ageRestricted} variants are for adults only; a variant with
 * consent purposes (for example {@code marketing}) is shown only to visitors who granted them.
 */
public record Restrictions(
        Boolean ageRestricted,
        @Size(max = 10)
                List<@Pattern(regexp = Keys.PATTERN, message = Keys.MESSAGE) String>
                        consentPurposes) {

    public static final Restrictions NONE = new Restrictions(false, List.of());

    public Restrictions {
        ageRestricted = Boolean.TRUE.equals(ageRestricted);
        consentPurposes = Lists.copyOrEmpty(consentPurposes);
    }
}
