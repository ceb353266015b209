package dev.cognitoes.userpool;

import dev.cognitoes.shared.CognitoError;
import dev.cognitoes.shared.CognitoException;
import dev.cognitoes.shared.PageTokens;
import dev.cognitoes.spi.UserPoolStore;
import dev.cognitoes.userpool.api.DescribeUserPoolQuery;
import dev.cognitoes.userpool.api.GetSigningKeysQuery;
import dev.cognitoes.userpool.api.PoolSigningKey;
import dev.cognitoes.userpool.api.SigningKeySet;
import dev.cognitoes.userpool.api.ListUserPoolsQuery;
import dev.cognitoes.userpool.api.UserPoolDirectory;
import dev.cognitoes.userpool.api.UserPoolPage;
import dev.cognitoes.userpool.api.UserPoolView;
import java.util.List;
import org.axonframework.queryhandling.QueryHandler;

class UserPoolQueries {

    static final int MAX_PAGE_SIZE = 60;

    private final UserPoolStore store;
    private final PageTokens pageTokens;

    UserPoolQueries(UserPoolStore store, PageTokens pageTokens) {
        this.store = store;
        this.pageTokens = pageTokens;
    }

    @QueryHandler
    UserPoolView handle(DescribeUserPoolQuery query) {
        return store.find(query.userPoolId()).orElseThrow(() -> UserPoolDirectory.notFound(query.userPoolId()));
    }

    @QueryHandler
    SigningKeySet handle(GetSigningKeysQuery query) {
        UserPoolView pool = store.find(query.userPoolId())
                .orElseThrow(() -> UserPoolDirectory.notFound(query.userPoolId()));
        return new SigningKeySet(pool.signingKeys().stream().map(PoolSigningKey::publicKey).toList());
    }

    @QueryHandler
    UserPoolPage handle(ListUserPoolsQuery query) {
        if (query.maxResults() < 1 || query.maxResults() > MAX_PAGE_SIZE) {
            throw new CognitoException(CognitoError.INVALID_PARAMETER, "1 validation error detected: Value '"
                    + query.maxResults() + "' at 'maxResults' failed to satisfy constraint: "
                    + (query.maxResults() < 1 ? "Member must have value greater than or equal to 1"
                                              : "Member must have value less than or equal to " + MAX_PAGE_SIZE));
        }
        String listName = "ListUserPools:" + query.region();
        String after = query.nextToken() == null ? null : pageTokens.open(listName, query.nextToken());
        List<UserPoolView> candidates = store.listAfter(query.region(), after, query.maxResults() + 1);
        if (candidates.size() <= query.maxResults()) {
            return new UserPoolPage(candidates, null);
        }
        List<UserPoolView> page = candidates.subList(0, query.maxResults());
        return new UserPoolPage(page, pageTokens.issue(listName, page.get(page.size() - 1).id()));
    }
}
