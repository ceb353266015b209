package dev.cognitoes.group.api;

import java.util.List;

/**
 * A page of groups.
 *
 * @param nextToken present when more groups follow; pass it in the next query
 */
public record GroupPage(List<GroupView> groups, String nextToken) {
    public GroupPage {
        groups = List.copyOf(groups);
    }
}
