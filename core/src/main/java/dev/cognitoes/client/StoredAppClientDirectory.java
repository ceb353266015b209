package dev.cognitoes.client;

import dev.cognitoes.auth.secret.SecretSealer;
import dev.cognitoes.client.api.AppClientDirectory;
import dev.cognitoes.client.api.AppClientView;
import dev.cognitoes.spi.AppClientStore;
import dev.cognitoes.spi.StoredAppClient;
import java.util.Optional;

class StoredAppClientDirectory implements AppClientDirectory {

    private final AppClientStore store;
    private final SecretSealer secrets;

    StoredAppClientDirectory(AppClientStore store, SecretSealer secrets) {
        this.store = store;
        this.secrets = secrets;
    }

    @Override
    public Optional<AppClientView> find(String clientId) {
        return store.find(clientId).map(this::view);
    }

    AppClientView view(StoredAppClient client) {
        return new AppClientView(client.userPoolId(), client.clientId(),
                Optional.ofNullable(client.sealedSecret()).map(secrets::unseal), client.settings(),
                client.creationDate(), client.lastModifiedDate());
    }
}
