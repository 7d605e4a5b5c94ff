package io.pagewright.content;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Decision metadata of a variant: the intents, lifecycle stages and categories it is meant for. An
 * empty list means "not targeted on this dimension".
 */
public record Tags(
        @Size(max = 20)
                List<@Pattern(regexp = Keys.PATTERN, message = Keys.MESSAGE) String> intents,
        @Size(max = 20)
                List<@Pattern(regexp = Keys.PATTERN, message = Keys.MESSAGE) String>
                        lifecycleStages,
        @Size(max = 50)
                List<@Pattern(regexp = Keys.PATTERN, message = Keys.MESSAGE) String> categories) {

    public static final Tags NONE = new Tags(List.of(), List.of(), List.of());

    public Tags {
        intents = Lists.copyOrEmpty(intents);
        lifecycleStages = Lists.copyOrEmpty(lifecycleStages);
        categories = Lists.copyOrEmpty(categories);
    }
}
