package dev.cognitoes.spi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cognitoes.auth.secret.SealedSecret;
import dev.cognitoes.client.api.AppClientSettings;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The contract of {@link AppClientStore}; each implementation's test subclasses it and supplies a fresh store. */
public abstract class AppClientStoreContractTest {

    static final Instant T0 = Instant.parse("2026-01-02T03:04:05Z");

    private AppClientStore store;

    /** A store holding nothing. */
    protected abstract AppClientStore newStore();

    @BeforeEach
    void freshStore() {
        store = newStore();
    }

    static StoredAppClient client(String poolId, String clientId, String name) {
        return new StoredAppClient(poolId, clientId, new SealedSecret("sealed-" + clientId),
                AppClientSettings.defaults(name), T0, T0.plusSeconds(1));
    }

    @Test
    @DisplayName("a saved client is found whole, its secret as sealed")
    void savesAndFinds() {
        StoredAppClient client = client("eu-west-1_AAAAAAAAA", "aaaa", "web");
        StoredAppClient withoutSecret = new StoredAppClient("eu-west-1_AAAAAAAAA", "bbbb", null,
                AppClientSettings.defaults("cli"), T0, T0);
        store.save(client);
        store.save(withoutSecret);
        assertThat(store.find("aaaa")).contains(client);
        assertThat(store.find("bbbb")).contains(withoutSecret);
        assertThat(store.find("cccc")).isEmpty();
    }

    @Test
    @DisplayName("saving a client again replaces it")
    void replaces() {
        store.save(client("eu-west-1_AAAAAAAAA", "aaaa", "web"));
        StoredAppClient renamed = client("eu-west-1_AAAAAAAAA", "aaaa", "renamed");
        store.save(renamed);
        assertThat(store.listAfter("eu-west-1_AAAAAAAAA", null, 10)).containsExactly(renamed);
    }

    @Test
    @DisplayName("deleting removes one client, or every client of a pool")
    void deletes() {
        store.save(client("eu-west-1_AAAAAAAAA", "aaaa", "one"));
        store.save(client("eu-west-1_AAAAAAAAA", "bbbb", "two"));
        StoredAppClient kept = client("eu-west-1_BBBBBBBBB", "cccc", "other pool");
        store.save(kept);

        store.delete("aaaa");
        store.delete("zzzz");
        assertThat(store.find("aaaa")).isEmpty();
        assertThat(store.find("bbbb")).isPresent();

        store.deleteAllOf("eu-west-1_AAAAAAAAA");
        assertThat(store.find("bbbb")).isEmpty();
        assertThat(store.find("cccc")).contains(kept);
    }

    @Test
    @DisplayName("listing pages through one pool's clients in id order")
    void listsInIdOrder() {
        StoredAppClient c = client("eu-west-1_AAAAAAAAA", "cccc", "c");
        StoredAppClient a = client("eu-west-1_AAAAAAAAA", "aaaa", "a");
        StoredAppClient b = client("eu-west-1_AAAAAAAAA", "bbbb", "b");
        StoredAppClient elsewhere = client("eu-west-1_BBBBBBBBB", "abab", "elsewhere");
        List.of(c, elsewhere, a, b).forEach(store::save);

        assertThat(store.listAfter("eu-west-1_AAAAAAAAA", null, 2)).containsExactly(a, b);
        assertThat(store.listAfter("eu-west-1_AAAAAAAAA", "bbbb", 2)).containsExactly(c);
        assertThat(store.listAfter("eu-west-1_AAAAAAAAA", "cccc", 2)).isEmpty();
        assertThat(store.listAfter("eu-west-1_BBBBBBBBB", null, 5)).containsExactly(elsewhere);
    }
}
