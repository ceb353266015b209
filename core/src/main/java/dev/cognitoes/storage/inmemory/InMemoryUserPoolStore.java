package dev.cognitoes.storage.inmemory;

import dev.cognitoes.spi.UserPoolStore;
import dev.cognitoes.userpool.api.UserPoolView;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;

/** The user pool read model in memory, kept sorted by pool id. */
public final class InMemoryUserPoolStore implements UserPoolStore {

    private final ConcurrentSkipListMap<String, UserPoolView> pools = new ConcurrentSkipListMap<>();

    @Override
    public void save(UserPoolView pool) {
        pools.put(pool.id(), pool);
    }

    @Override
    public Optional<UserPoolView> find(String userPoolId) {
        return Optional.ofNullable(pools.get(userPoolId));
    }

    @Override
    public List<UserPoolView> listAfter(String region, String afterUserPoolId, int limit) {
        Objects.requireNonNull(region, "region");
        var candidates = afterUserPoolId == null ? pools : pools.tailMap(afterUserPoolId, false);
        return candidates.values().stream()
                .filter(pool -> pool.region().equals(region))
                .limit(limit)
                .toList();
    }

    @Override
    public void delete(String userPoolId) {
        pools.remove(userPoolId);
    }
}
