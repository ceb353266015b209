package dev.cognitoes.http.userpool;

import static dev.cognitoes.http.operation.OperationHandler.emptyResponse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.cognitoes.config.CognitoRuntime;
import dev.cognitoes.http.operation.OperationHandler;
import dev.cognitoes.http.operation.OperationSet;
import dev.cognitoes.http.operation.RequestContext;
import dev.cognitoes.http.userpool.UserPoolWire.AddCustomAttributesRequest;
import dev.cognitoes.http.userpool.UserPoolWire.CreateUserPoolRequest;
import dev.cognitoes.http.userpool.UserPoolWire.ListUserPoolsRequest;
import dev.cognitoes.http.userpool.UserPoolWire.ListUserPoolsResponse;
import dev.cognitoes.http.userpool.UserPoolWire.UpdateUserPoolRequest;
import dev.cognitoes.http.userpool.UserPoolWire.UserPoolIdRequest;
import dev.cognitoes.http.userpool.UserPoolWire.UserPoolResponse;
import dev.cognitoes.http.wire.WireJson;
import dev.cognitoes.user.api.CountUsersQuery;
import dev.cognitoes.userpool.api.AddCustomAttributesCommand;
import dev.cognitoes.userpool.api.CreateUserPoolCommand;
import dev.cognitoes.userpool.api.DeleteUserPoolCommand;
import dev.cognitoes.userpool.api.DescribeUserPoolQuery;
import dev.cognitoes.userpool.api.ListUserPoolsQuery;
import dev.cognitoes.userpool.api.UpdateUserPoolCommand;
import dev.cognitoes.userpool.api.UserPoolPage;
import dev.cognitoes.userpool.api.UserPoolView;
import java.util.Map;
import java.util.Objects;

/**
 * CreateUserPool, DescribeUserPool, UpdateUserPool, DeleteUserPool, ListUserPools and AddCustomAttributes over
 * HTTP.
 */
public final class UserPoolOperations implements OperationSet {

    private final CognitoRuntime runtime;

    public UserPoolOperations(CognitoRuntime runtime) {
        this.runtime = Objects.requireNonNull(runtime, "runtime");
    }

    @Override
    public Map<String, OperationHandler> handlers() {
        return Map.of(
                "CreateUserPool", this::createUserPool,
                "DescribeUserPool", this::describeUserPool,
                "UpdateUserPool", this::updateUserPool,
                "DeleteUserPool", emptyResponse(runtime, UserPoolIdRequest.class,
                        request -> new DeleteUserPoolCommand(request.userPoolId())),
                "ListUserPools", this::listUserPools,
                "AddCustomAttributes", emptyResponse(runtime, AddCustomAttributesRequest.class,
                        request -> new AddCustomAttributesCommand(request.userPoolId(),
                                UserPoolWire.customAttributes(request))));
    }

    private Object createUserPool(JsonNode body, RequestContext context) {
        CreateUserPoolRequest request = WireJson.read(body, CreateUserPoolRequest.class);
        UserPoolView pool = runtime.send(new CreateUserPoolCommand(context.region(), UserPoolWire.signIn(request),
                UserPoolWire.schema(request), UserPoolWire.settings(request)));
        return new UserPoolResponse(UserPoolWire.userPool(pool, 0));
    }

    private Object describeUserPool(JsonNode body, RequestContext context) {
        UserPoolIdRequest request = WireJson.read(body, UserPoolIdRequest.class);
        UserPoolView pool = runtime.query(new DescribeUserPoolQuery(request.userPoolId()));
        long users = runtime.query(new CountUsersQuery(pool.id()));
        return new UserPoolResponse(UserPoolWire.userPool(pool, (int) Math.min(users, Integer.MAX_VALUE)));
    }

    private Object updateUserPool(JsonNode body, RequestContext context) {
        UpdateUserPoolRequest request = WireJson.read(body, UpdateUserPoolRequest.class);
        UserPoolView current = runtime.query(new DescribeUserPoolQuery(request.userPoolId()));
        runtime.send(new UpdateUserPoolCommand(request.userPoolId(), UserPoolWire.settings(request, current)));
        return JsonNodeFactory.instance.objectNode();
    }

    private Object listUserPools(JsonNode body, RequestContext context) {
        ListUserPoolsRequest request = WireJson.read(body, ListUserPoolsRequest.class);
        UserPoolPage page = runtime.query(new ListUserPoolsQuery(context.region(), request.maxResults(),
                request.nextToken()));
        return new ListUserPoolsResponse(page.userPools().stream().map(UserPoolWire::description).toList(),
                page.nextToken());
    }

}
