package io.pagewright.decision.api;

import io.pagewright.content.Keys;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A frontend's request for a page: the visitor's anonymous id (cookie or device), their user id
 * when signed in, and the context of this request. The visitor's profile, if any, supplies derived
 * intent, lifecycle stage and more; an intent or lifecycle stage stated in the context wins.
 *
 * <p>{@code preview: true} is an editor's preview (the admin UI's preview and coverage matrix): the
 * page is assembled under the active policy against a fresh session, nothing is counted, and the
 * visitor is shown the page a visitor who consented to personalization would get.
 */
public record ResolveRequest(
        @NotBlank @Size(max = 200) String visitorId,
        @Size(max = 200) String userId,
        @Valid RequestContext context,
        Boolean preview) {

    public ResolveRequest {
        context = context == null ? RequestContext.EMPTY : context;
        preview = preview != null && preview;
    }

    public ResolveRequest(String visitorId, String userId, RequestContext context) {
        this(visitorId, userId, context, false);
    }

    /** What the frontend knows about this request; every field is optional. */
    public record RequestContext(
            @Pattern(regexp = Keys.PATTERN, message = Keys.MESSAGE) String intent,
            @Pattern(regexp = Keys.PATTERN, message = Keys.MESSAGE) String lifecycleStage,
            @Size(max = 32) String device,
            @Size(max = 64) String region,
            @Size(max = 64) String trafficSource,
            @Size(max = 35) String locale) {

        static final RequestContext EMPTY = new RequestContext(null, null, null, null, null, null);
    }
}
