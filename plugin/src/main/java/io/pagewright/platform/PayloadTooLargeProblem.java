package io.pagewright.platform;

/** 413: the request body is larger than the API accepts. */
public final class PayloadTooLargeProblem extends ProblemException {
    public PayloadTooLargeProblem(long limitBytes) {
        super(
                413,
                "payload-too-large",
                "Request body too large",
                "Request bodies are limited to "
                        + (limitBytes / 1024)
                        + " KiB; nothing was stored.");
    }
}
