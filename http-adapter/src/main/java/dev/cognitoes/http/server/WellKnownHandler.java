package dev.cognitoes.http.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cognitoes.auth.token.IssuerBase;
import dev.cognitoes.config.CognitoRuntime;
import dev.cognitoes.http.wire.WireJson;
import dev.cognitoes.shared.CognitoError;
import dev.cognitoes.shared.CognitoException;
import dev.cognitoes.userpool.api.GetSigningKeysQuery;
import dev.cognitoes.userpool.api.SigningKeySet;
import dev.cognitoes.userpool.api.SigningPublicKey;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import java.nio.ByteBuffer;
import java.util.Deque;
import java.util.List;

/**
 * A pool's public documents for token validators, as Cognito serves them beside its issuer:
 * <ul>
 *   <li>{@code GET /<userPoolId>/.well-known/jwks.json}: the pool's signing keys,
 *       {@code {"keys":[{"alg","e","kid","kty","n","use"}]}};</li>
 *   <li>{@code GET /<userPoolId>/.well-known/openid-configuration}: the OpenID Connect discovery document, with
 *       the endpoints Cognito lists for a pool without a domain.</li>
 * </ul>
 * An unknown pool is answered 404 with {@code {"__type":"ResourceNotFoundException","message":..}}.
 */
final class WellKnownHandler implements HttpHandler {

    static final String JWKS_PATH = "/{userPoolId}/.well-known/jwks.json";
    static final String DISCOVERY_PATH = "/{userPoolId}/.well-known/openid-configuration";

    private static final String APPLICATION_JSON = "application/json";

    /** Which of the two documents a handler serves. */
    enum Document { JWKS, OPENID_CONFIGURATION }

    private final CognitoRuntime runtime;
    private final Document document;

    WellKnownHandler(CognitoRuntime runtime, Document document) {
        this.runtime = runtime;
        this.document = document;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        Deque<String> ids = exchange.getQueryParameters().get("userPoolId");
        String userPoolId = ids == null ? "" : ids.getFirst();
        SigningKeySet keys;
        try {
            keys = runtime.query(new GetSigningKeysQuery(userPoolId));
        } catch (CognitoException notFound) {
            if (notFound.error() != CognitoError.RESOURCE_NOT_FOUND) {
                throw notFound;
            }
            Exchanges.sendError(exchange, 404, notFound.error().awsName(), notFound.getMessage());
            return;
        }
        ObjectNode body = document == Document.JWKS ? jwks(keys)
                                                    : openIdConfiguration(runtime.issuerBase(), userPoolId);
        exchange.setStatusCode(200);
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, APPLICATION_JSON);
        exchange.getResponseSender().send(ByteBuffer.wrap(WireJson.mapper().writeValueAsBytes(body)));
    }

    private static ObjectNode jwks(SigningKeySet keys) {
        ObjectNode body = WireJson.mapper().createObjectNode();
        ArrayNode list = body.putArray("keys");
        for (SigningPublicKey key : keys.keys()) {
            list.addObject()
                    .put("alg", key.alg())
                    .put("e", key.e())
                    .put("kid", key.kid())
                    .put("kty", key.kty())
                    .put("n", key.n())
                    .put("use", key.use());
        }
        return body;
    }

    private static ObjectNode openIdConfiguration(IssuerBase base, String userPoolId) {
        String issuer = base.issuer(userPoolId);
        ObjectNode body = WireJson.mapper().createObjectNode();
        body.put("authorization_endpoint", issuer + "/authorize");
        strings(body, "claims_supported", List.of("sub", "iss", "aud", "exp", "iat", "auth_time", "jti",
                "origin_jti", "event_id", "token_use", "cognito:username", "email", "email_verified",
                "phone_number", "phone_number_verified", "name", "given_name", "family_name", "middle_name",
                "nickname", "preferred_username", "profile", "picture", "website", "gender", "birthdate",
                "zoneinfo", "locale", "address", "updated_at"));
        strings(body, "id_token_signing_alg_values_supported", List.of("RS256"));
        body.put("issuer", issuer);
        body.put("jwks_uri", base.jwksUri(userPoolId));
        strings(body, "response_types_supported", List.of("code", "token"));
        strings(body, "scopes_supported", List.of("openid", "email", "phone", "profile"));
        strings(body, "subject_types_supported", List.of("public"));
        body.put("token_endpoint", issuer + "/token");
        strings(body, "token_endpoint_auth_methods_supported", List.of("client_secret_basic", "client_secret_post"));
        body.put("userinfo_endpoint", issuer + "/userInfo");
        return body;
    }

    private static void strings(ObjectNode body, String name, List<String> values) {
        ArrayNode array = body.putArray(name);
        values.forEach(array::add);
    }
}
