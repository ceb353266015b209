package dev.cognitoes.group;

import dev.cognitoes.group.api.GroupDirectory;
import dev.cognitoes.group.api.GroupView;
import dev.cognitoes.spi.GroupStore;
import java.util.List;
import java.util.Optional;

final class StoredGroupDirectory implements GroupDirectory {

    private final GroupStore store;

    StoredGroupDirectory(GroupStore store) {
        this.store = store;
    }

    @Override
    public Optional<GroupView> find(String userPoolId, String groupName) {
        return store.find(userPoolId, groupName);
    }

    @Override
    public List<GroupView> groupsOf(String userPoolId, String sub) {
        return store.groupsOf(userPoolId, sub).stream().sorted(GroupView.BY_PRECEDENCE).toList();
    }
}
