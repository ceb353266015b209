package dev.cognitoes.http.client;

import static dev.cognitoes.http.operation.OperationHandler.emptyResponse;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cognitoes.client.api.AppClientPage;
import dev.cognitoes.client.api.AppClientView;
import dev.cognitoes.client.api.CreateUserPoolClientCommand;
import dev.cognitoes.client.api.DeleteUserPoolClientCommand;
import dev.cognitoes.client.api.DescribeUserPoolClientQuery;
import dev.cognitoes.client.api.ListUserPoolClientsQuery;
import dev.cognitoes.client.api.UpdateUserPoolClientCommand;
import dev.cognitoes.config.CognitoRuntime;
import dev.cognitoes.http.client.AppClientWire.ClientIdRequest;
import dev.cognitoes.http.client.AppClientWire.CreateUserPoolClientRequest;
import dev.cognitoes.http.client.AppClientWire.ListUserPoolClientsRequest;
import dev.cognitoes.http.client.AppClientWire.ListUserPoolClientsResponse;
import dev.cognitoes.http.client.AppClientWire.UpdateUserPoolClientRequest;
import dev.cognitoes.http.client.AppClientWire.UserPoolClientResponse;
import dev.cognitoes.http.operation.OperationHandler;
import dev.cognitoes.http.operation.OperationSet;
import dev.cognitoes.http.operation.RequestContext;
import dev.cognitoes.http.wire.WireJson;
import java.util.Map;
import java.util.Objects;

/**
 * CreateUserPoolClient, DescribeUserPoolClient, UpdateUserPoolClient, DeleteUserPoolClient and
 * ListUserPoolClients over HTTP.
 */
public final class AppClientOperations implements OperationSet {

    private final CognitoRuntime runtime;

    public AppClientOperations(CognitoRuntime runtime) {
        this.runtime = Objects.requireNonNull(runtime, "runtime");
    }

    @Override
    public Map<String, OperationHandler> handlers() {
        return Map.of(
                "CreateUserPoolClient", this::createUserPoolClient,
                "DescribeUserPoolClient", this::describeUserPoolClient,
                "UpdateUserPoolClient", this::updateUserPoolClient,
                "DeleteUserPoolClient", emptyResponse(runtime, ClientIdRequest.class,
                        request -> new DeleteUserPoolClientCommand(request.userPoolId(), request.clientId())),
                "ListUserPoolClients", this::listUserPoolClients);
    }

    private Object createUserPoolClient(JsonNode body, RequestContext context) {
        CreateUserPoolClientRequest request = WireJson.read(body, CreateUserPoolClientRequest.class);
        AppClientView client = runtime.send(new CreateUserPoolClientCommand(request.userPoolId(),
                AppClientWire.settings(request.clientName(), request), Boolean.TRUE.equals(request.generateSecret()),
                request.clientSecret()));
        return new UserPoolClientResponse(AppClientWire.client(client));
    }

    private Object describeUserPoolClient(JsonNode body, RequestContext context) {
        ClientIdRequest request = WireJson.read(body, ClientIdRequest.class);
        return new UserPoolClientResponse(AppClientWire.client(
                runtime.query(new DescribeUserPoolClientQuery(request.userPoolId(), request.clientId()))));
    }

    private Object updateUserPoolClient(JsonNode body, RequestContext context) {
        UpdateUserPoolClientRequest request = WireJson.read(body, UpdateUserPoolClientRequest.class);
        String clientName = request.clientName() != null ? request.clientName()
                : runtime.query(new DescribeUserPoolClientQuery(request.userPoolId(), request.clientId()))
                        .settings().clientName();
        AppClientView client = runtime.send(new UpdateUserPoolClientCommand(request.userPoolId(),
                request.clientId(), AppClientWire.settings(clientName, request)));
        return new UserPoolClientResponse(AppClientWire.client(client));
    }

    private Object listUserPoolClients(JsonNode body, RequestContext context) {
        ListUserPoolClientsRequest request = WireJson.read(body, ListUserPoolClientsRequest.class);
        AppClientPage page = runtime.query(new ListUserPoolClientsQuery(request.userPoolId(), request.maxResults(),
                request.nextToken()));
        return new ListUserPoolClientsResponse(page.clients().stream().map(AppClientWire::description).toList(),
                page.nextToken());
    }
}
