package dev.cognitoes.storage.inmemory;

import dev.cognitoes.spi.UserStore;
import dev.cognitoes.user.api.NameKind;
import dev.cognitoes.user.api.UserView;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;

/** A {@link UserStore} in this JVM's memory; every method holds one lock, so reads never see half a change. */
public final class InMemoryUserStore implements UserStore {

    private final Map<String, TreeMap<String, UserView>> usersByPool = new HashMap<>();
    private final Map<NameKey, String> subsByName = new HashMap<>();

    @Override
    public synchronized void save(UserView user) {
        usersByPool.computeIfAbsent(user.userPoolId(), id -> new TreeMap<>()).put(user.sub(), user);
    }

    @Override
    public synchronized Optional<UserView> findBySub(String userPoolId, String sub) {
        return Optional.ofNullable(usersByPool.getOrDefault(userPoolId, new TreeMap<>()).get(sub));
    }

    @Override
    public synchronized void putName(String userPoolId, NameKind kind, String normalizedName, String sub) {
        subsByName.put(new NameKey(userPoolId, kind, normalizedName), sub);
    }

    @Override
    public synchronized void removeName(String userPoolId, NameKind kind, String normalizedName) {
        subsByName.remove(new NameKey(userPoolId, kind, normalizedName));
    }

    @Override
    public synchronized Optional<UserView> findByName(String userPoolId, NameKind kind, String normalizedName) {
        String sub = subsByName.get(new NameKey(userPoolId, kind, normalizedName));
        return sub == null ? Optional.empty() : findBySub(userPoolId, sub);
    }

    @Override
    public synchronized Map<NameKind, String> namesOf(String userPoolId, String sub) {
        Map<NameKind, String> names = new EnumMap<>(NameKind.class);
        subsByName.forEach((key, holder) -> {
            if (key.userPoolId().equals(userPoolId) && holder.equals(sub)) {
                names.put(key.kind(), key.normalizedName());
            }
        });
        return names;
    }

    @Override
    public synchronized List<UserView> list(String userPoolId, String afterSub, int limit,
                                            Predicate<UserView> filter) {
        TreeMap<String, UserView> users = usersByPool.getOrDefault(userPoolId, new TreeMap<>());
        Iterable<UserView> candidates = afterSub == null ? users.values() : users.tailMap(afterSub, false).values();
        List<UserView> page = new ArrayList<>();
        for (UserView user : candidates) {
            if (page.size() == limit) {
                break;
            }
            if (filter.test(user)) {
                page.add(user);
            }
        }
        return page;
    }

    @Override
    public synchronized long count(String userPoolId) {
        TreeMap<String, UserView> users = usersByPool.get(userPoolId);
        return users == null ? 0 : users.size();
    }

    @Override
    public synchronized void delete(String userPoolId, String sub) {
        TreeMap<String, UserView> users = usersByPool.get(userPoolId);
        if (users != null) {
            users.remove(sub);
        }
        subsByName.entrySet().removeIf(e -> e.getKey().userPoolId().equals(userPoolId) && e.getValue().equals(sub));
    }

    @Override
    public synchronized void deletePool(String userPoolId) {
        usersByPool.remove(userPoolId);
        subsByName.keySet().removeIf(key -> key.userPoolId().equals(userPoolId));
    }

    private record NameKey(String userPoolId, NameKind kind, String normalizedName) {
    }
}
