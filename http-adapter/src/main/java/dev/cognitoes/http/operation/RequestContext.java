package dev.cognitoes.http.operation;

import java.util.Objects;

/**
 * What the HTTP port knows about a request besides its body.
 *
 * @param region    from the SigV4 credential scope when the request is signed, else the runtime's default region
 * @param requestId the id sent back in {@code x-amzn-RequestId} and written to the log with any failure
 */
public record RequestContext(String region, String requestId) {
    public RequestContext {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(requestId, "requestId");
    }
}
