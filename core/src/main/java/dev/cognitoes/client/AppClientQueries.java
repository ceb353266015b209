package dev.cognitoes.client;

import dev.cognitoes.client.api.AppClientDirectory;
import dev.cognitoes.client.api.AppClientPage;
import dev.cognitoes.client.api.AppClientView;
import dev.cognitoes.client.api.DescribeUserPoolClientQuery;
import dev.cognitoes.client.api.ListUserPoolClientsQuery;
import dev.cognitoes.shared.CognitoError;
import dev.cognitoes.shared.CognitoException;
import dev.cognitoes.shared.PageTokens;
import dev.cognitoes.spi.AppClientStore;
import dev.cognitoes.spi.StoredAppClient;
import dev.cognitoes.userpool.api.UserPoolDirectory;
import java.util.List;
import org.axonframework.queryhandling.QueryHandler;

class AppClientQueries {

    static final int MAX_PAGE_SIZE = 60;

    private final AppClientStore store;
    private final StoredAppClientDirectory clients;
    private final UserPoolDirectory pools;
    private final PageTokens pageTokens;

    AppClientQueries(AppClientStore store, StoredAppClientDirectory clients, UserPoolDirectory pools,
                     PageTokens pageTokens) {
        this.store = store;
        this.clients = clients;
        this.pools = pools;
        this.pageTokens = pageTokens;
    }

    @QueryHandler
    AppClientView handle(DescribeUserPoolClientQuery query) {
        pools.require(query.userPoolId());
        return store.find(query.clientId())
                .filter(client -> client.userPoolId().equals(query.userPoolId()))
                .map(clients::view)
                .orElseThrow(() -> AppClientDirectory.notFound(query.clientId()));
    }

    @QueryHandler
    AppClientPage handle(ListUserPoolClientsQuery query) {
        int maxResults = query.maxResults() == null ? MAX_PAGE_SIZE : query.maxResults();
        if (maxResults < 1 || maxResults > MAX_PAGE_SIZE) {
            throw new CognitoException(CognitoError.INVALID_PARAMETER, "1 validation error detected: Value '"
                    + maxResults + "' at 'maxResults' failed to satisfy constraint: "
                    + (maxResults < 1 ? "Member must have value greater than or equal to 1"
                                      : "Member must have value less than or equal to " + MAX_PAGE_SIZE));
        }
        pools.require(query.userPoolId());
        String listName = "ListUserPoolClients:" + query.userPoolId();
        String after = query.nextToken() == null ? null : pageTokens.open(listName, query.nextToken());
        List<StoredAppClient> candidates = store.listAfter(query.userPoolId(), after, maxResults + 1);
        List<StoredAppClient> page = candidates.size() <= maxResults ? candidates : candidates.subList(0, maxResults);
        String nextToken = candidates.size() <= maxResults ? null
                : pageTokens.issue(listName, page.get(page.size() - 1).clientId());
        return new AppClientPage(page.stream().map(clients::view).toList(), nextToken);
    }
}
