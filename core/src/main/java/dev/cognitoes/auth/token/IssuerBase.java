package dev.cognitoes.auth.token;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Objects;

/**
 * Where the runtime's pools issue tokens from: a pool's issuer ({@code iss}) is {@code <base>/<userPoolId>}, as
 * Cognito's is {@code https://cognito-idp.<region>.amazonaws.com/<userPoolId>}. Standard JWT libraries and OIDC
 * clients find the pool's keys at {@code <issuer>/.well-known/jwks.json}, so the base must be the address clients
 * reach the server at.
 *
 * @param uri an absolute {@code http} or {@code https} URI without query, fragment or trailing slash
 */
public record IssuerBase(URI uri) {

    /** The server's default address, {@code http://127.0.0.1:9229}. */
    public static final IssuerBase DEFAULT = of("http://127.0.0.1:9229");

    public IssuerBase {
        Objects.requireNonNull(uri, "uri");
        String scheme = uri.getScheme();
        if (!uri.isAbsolute() || uri.getHost() == null || !("http".equals(scheme) || "https".equals(scheme))) {
            throw new IllegalArgumentException("the issuer base must be an absolute http or https URL, was '" + uri
                    + "'");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
            throw new IllegalArgumentException("the issuer base must have no user info, query or fragment, was '"
                    + uri + "'");
        }
        String text = uri.toString();
        if (text.endsWith("/")) {
            uri = URI.create(text.substring(0, text.length() - 1));
        }
    }

    /**
     * @throws IllegalArgumentException when {@code text} is no absolute http(s) URL, or has a query or fragment
     */
    public static IssuerBase of(String text) {
        Objects.requireNonNull(text, "text");
        try {
            return new IssuerBase(new URI(text.trim()));
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("the issuer base is no valid URL: '" + text + "'", e);
        }
    }

    /** The {@code iss} of the pool's tokens. */
    public String issuer(String userPoolId) {
        return uri + "/" + userPoolId;
    }

    /** Where the pool's public keys are published. */
    public String jwksUri(String userPoolId) {
        return issuer(userPoolId) + "/.well-known/jwks.json";
    }

    /** The pool id an issuer of this base names, or {@code null} when {@code issuer} is not one of this base. */
    String userPoolIdOf(String issuer) {
        String prefix = uri + "/";
        if (issuer == null || !issuer.startsWith(prefix)) {
            return null;
        }
        String id = issuer.substring(prefix.length());
        return id.isEmpty() || id.contains("/") ? null : id;
    }
}
