package dev.cognitoes.userpool.api;

import java.util.List;

/**
 * A page of pools.
 *
 * @param nextToken present when more pools follow; pass it in the next query
 */
public record UserPoolPage(List<UserPoolView> userPools, String nextToken) {
    public UserPoolPage {
        userPools = List.copyOf(userPools);
    }
}
