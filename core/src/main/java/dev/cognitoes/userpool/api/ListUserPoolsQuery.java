package dev.cognitoes.userpool.api;

import dev.cognitoes.shared.CognitoQuery;
import java.util.Objects;

/**
 * One page of the pools in a region, as Cognito's {@code ListUserPools}, in a stable order (by pool id).
 *
 * @param region     only pools of this region are listed, as each Cognito endpoint lists its own region's pools
 * @param maxResults 1 to 60; refused with InvalidParameterException otherwise
 * @param nextToken  the {@code nextToken} of the previous page, or {@code null} for the first page
 */
public record ListUserPoolsQuery(String region, int maxResults, String nextToken)
        implements CognitoQuery<UserPoolPage> {
    public ListUserPoolsQuery {
        Objects.requireNonNull(region, "region");
    }
}
