package dev.cognitoes.user;

import dev.cognitoes.shared.CognitoError;
import dev.cognitoes.shared.CognitoException;
import dev.cognitoes.shared.PageTokens;
import dev.cognitoes.user.api.AdminGetUserQuery;
import dev.cognitoes.user.api.CountUsersQuery;
import dev.cognitoes.user.api.ListUsersQuery;
import dev.cognitoes.user.api.ListUsersResult;
import dev.cognitoes.user.api.UserView;
import dev.cognitoes.userpool.api.UserPoolView;
import java.util.List;
import java.util.function.Predicate;
import org.axonframework.config.Configuration;
import org.axonframework.queryhandling.QueryHandler;

/** Answers AdminGetUser, ListUsers and the count of a pool's users from the user read model. */
final class UserQueries {

    static final int MAX_PAGE = 60;

    private final UserDirectory directory;

    UserQueries(Configuration configuration) {
        this.directory = new UserDirectory(configuration);
    }

    @QueryHandler
    UserView handle(AdminGetUserQuery query) {
        UserPoolView pool = directory.pool(query.userPoolId());
        return directory.existing(pool, query.username());
    }

    @QueryHandler
    Long handle(CountUsersQuery query) {
        UserPoolView pool = directory.pool(query.userPoolId());
        return directory.users().count(pool.id());
    }

    @QueryHandler
    ListUsersResult handle(ListUsersQuery query) {
        int limit = pageSize(query.limit());
        UserPoolView pool = directory.pool(query.userPoolId());
        Predicate<UserView> filter = filter(query.filter(), pool);
        PageTokens tokens = directory.component(PageTokens.class);
        String listName = "ListUsers:" + pool.id();
        String after = query.paginationToken() == null ? null : tokens.open(listName, query.paginationToken());
        List<UserView> users = directory.users().list(pool.id(), after, limit + 1, filter);
        String next = null;
        if (users.size() > limit) {
            users = users.subList(0, limit);
            next = tokens.issue(listName, users.get(limit - 1).sub());
        }
        List<UserView> shown = query.attributesToGet() == null ? users
                : users.stream().map(user -> user.withOnlyAttributes(query.attributesToGet())).toList();
        return new ListUsersResult(shown, next);
    }

    private static int pageSize(Integer limit) {
        if (limit == null || limit == 0) {
            return MAX_PAGE;
        }
        if (limit < 0) {
            throw new CognitoException(CognitoError.INVALID_PARAMETER, "1 validation error detected: Value '"
                    + limit + "' at 'limit' failed to satisfy constraint: Member must have value greater than or "
                    + "equal to 0");
        }
        if (limit > MAX_PAGE) {
            throw new CognitoException(CognitoError.INVALID_PARAMETER, "1 validation error detected: Value '"
                    + limit + "' at 'limit' failed to satisfy constraint: Member must have value less than or "
                    + "equal to 60");
        }
        return limit;
    }

    private static Predicate<UserView> filter(String filter, UserPoolView pool) {
        UserFilter parsed = UserFilter.parse(filter, pool.signIn().caseSensitive());
        if (parsed.isEmpty()) {
            return user -> true;
        }
        return user -> parsed.matches(user::searchableValue);
    }
}
