package dev.cognitoes.storage.inmemory;

import dev.cognitoes.group.api.GroupView;
import dev.cognitoes.spi.GroupStore;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/** A {@link GroupStore} in this JVM's memory; every method holds one lock, so reads never see half a change. */
public final class InMemoryGroupStore implements GroupStore {

    private final Map<String, TreeMap<String, GroupView>> groupsByPool = new HashMap<>();
    private final Map<GroupKey, TreeSet<String>> membersByGroup = new HashMap<>();

    @Override
    public synchronized void save(GroupView group) {
        groupsByPool.computeIfAbsent(group.userPoolId(), id -> new TreeMap<>()).put(group.groupName(), group);
    }

    @Override
    public synchronized Optional<GroupView> find(String userPoolId, String groupName) {
        return Optional.ofNullable(groups(userPoolId).get(groupName));
    }

    @Override
    public synchronized List<GroupView> listAfter(String userPoolId, String afterGroupName, int limit) {
        TreeMap<String, GroupView> groups = groups(userPoolId);
        var candidates = afterGroupName == null ? groups : groups.tailMap(afterGroupName, false);
        return candidates.values().stream().limit(limit).toList();
    }

    @Override
    public synchronized void delete(String userPoolId, String groupName) {
        TreeMap<String, GroupView> groups = groupsByPool.get(userPoolId);
        if (groups != null) {
            groups.remove(groupName);
        }
        membersByGroup.remove(new GroupKey(userPoolId, groupName));
    }

    @Override
    public synchronized void addMember(String userPoolId, String groupName, String sub) {
        membersByGroup.computeIfAbsent(new GroupKey(userPoolId, groupName), key -> new TreeSet<>()).add(sub);
    }

    @Override
    public synchronized void removeMember(String userPoolId, String groupName, String sub) {
        TreeSet<String> members = membersByGroup.get(new GroupKey(userPoolId, groupName));
        if (members != null) {
            members.remove(sub);
        }
    }

    @Override
    public synchronized List<String> membersAfter(String userPoolId, String groupName, String afterSub, int limit) {
        TreeSet<String> members = membersByGroup.getOrDefault(new GroupKey(userPoolId, groupName), new TreeSet<>());
        var candidates = afterSub == null ? members : members.tailSet(afterSub, false);
        return candidates.stream().limit(limit).toList();
    }

    @Override
    public synchronized List<GroupView> groupsOf(String userPoolId, String sub) {
        List<GroupView> groups = new ArrayList<>();
        for (GroupView group : groups(userPoolId).values()) {
            TreeSet<String> members = membersByGroup.get(new GroupKey(userPoolId, group.groupName()));
            if (members != null && members.contains(sub)) {
                groups.add(group);
            }
        }
        return groups;
    }

    @Override
    public synchronized void deleteMemberships(String userPoolId, String sub) {
        membersByGroup.forEach((key, members) -> {
            if (key.userPoolId().equals(userPoolId)) {
                members.remove(sub);
            }
        });
    }

    @Override
    public synchronized void deletePool(String userPoolId) {
        groupsByPool.remove(userPoolId);
        membersByGroup.keySet().removeIf(key -> key.userPoolId().equals(userPoolId));
    }

    private TreeMap<String, GroupView> groups(String userPoolId) {
        return groupsByPool.getOrDefault(userPoolId, new TreeMap<>());
    }

    private record GroupKey(String userPoolId, String groupName) {
    }
}
