package dev.cognitoes.http.server;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.cognitoes.http.operation.OperationHandler;
import dev.cognitoes.http.operation.OperationSet;
import dev.cognitoes.http.operation.RequestContext;
import dev.cognitoes.shared.CognitoError;
import dev.cognitoes.shared.CognitoException;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/** Operations that exercise the protocol layer: one answers, one refuses, one fails. */
final class ProbeOperations implements OperationSet {

    final AtomicReference<RequestContext> lastContext = new AtomicReference<>();

    @Override
    public Map<String, OperationHandler> handlers() {
        return Map.of(
                "ListUserPools", (body, context) -> {
                    lastContext.set(context);
                    return JsonNodeFactory.instance.objectNode().set("UserPools", JsonNodeFactory.instance.arrayNode());
                },
                "DescribeUserPool", (body, context) -> {
                    throw new CognitoException(CognitoError.RESOURCE_NOT_FOUND,
                            "User pool " + body.path("UserPoolId").asText() + " does not exist.");
                },
                "GetUserPoolMfaConfig", (body, context) -> {
                    throw new IllegalStateException("the probe fails on purpose");
                },
                "GlobalSignOut", (body, context) -> null);
    }
}
