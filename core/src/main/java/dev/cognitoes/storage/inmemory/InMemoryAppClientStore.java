package dev.cognitoes.storage.inmemory;

import dev.cognitoes.spi.AppClientStore;
import dev.cognitoes.spi.StoredAppClient;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;

/** The app client read model in memory, kept sorted by client id. */
public final class InMemoryAppClientStore implements AppClientStore {

    private final ConcurrentSkipListMap<String, StoredAppClient> clients = new ConcurrentSkipListMap<>();

    @Override
    public void save(StoredAppClient client) {
        clients.put(client.clientId(), client);
    }

    @Override
    public Optional<StoredAppClient> find(String clientId) {
        return Optional.ofNullable(clients.get(clientId));
    }

    @Override
    public List<StoredAppClient> listAfter(String userPoolId, String afterClientId, int limit) {
        Objects.requireNonNull(userPoolId, "userPoolId");
        var candidates = afterClientId == null ? clients : clients.tailMap(afterClientId, false);
        return candidates.values().stream()
                .filter(client -> client.userPoolId().equals(userPoolId))
                .limit(limit)
                .toList();
    }

    @Override
    public void delete(String clientId) {
        clients.remove(clientId);
    }

    @Override
    public void deleteAllOf(String userPoolId) {
        clients.values().removeIf(client -> client.userPoolId().equals(userPoolId));
    }
}
