package dev.cognitoes.http.server;

import dev.cognitoes.shared.AccountSettings;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the region from a SigV4 {@code Authorization} header, such as
 * {@code AWS4-HMAC-SHA256 Credential=AKID/20240101/eu-west-1/cognito-idp/aws4_request, SignedHeaders=..., ...}.
 * The signature itself is not checked.
 */
final class CredentialScope {

    private static final Pattern CREDENTIAL = Pattern.compile("Credential=[^/,\\s]+/\\d{8}/([^/,\\s]+)/");

    private CredentialScope() {
    }

    /** The region of the credential scope, when the header has one that looks like a region name. */
    static Optional<String> region(String authorization) {
        if (authorization == null) {
            return Optional.empty();
        }
        Matcher matcher = CREDENTIAL.matcher(authorization);
        if (!matcher.find() || !AccountSettings.isRegion(matcher.group(1))) {
            return Optional.empty();
        }
        return Optional.of(matcher.group(1));
    }
}
