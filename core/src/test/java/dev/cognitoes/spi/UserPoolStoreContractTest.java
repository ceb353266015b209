package dev.cognitoes.spi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cognitoes.userpool.api.AttributeDataType;
import dev.cognitoes.userpool.api.SchemaAttribute;
import dev.cognitoes.userpool.api.SignInSettings;
import dev.cognitoes.userpool.api.UserPoolSettings;
import dev.cognitoes.userpool.api.UserPoolView;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The contract of {@link UserPoolStore}; each implementation's test subclasses it and supplies a fresh store. */
public abstract class UserPoolStoreContractTest {

    static final Instant T0 = Instant.parse("2026-01-02T03:04:05Z");

    private UserPoolStore store;

    /** A store holding nothing. */
    protected abstract UserPoolStore newStore();

    @BeforeEach
    void freshStore() {
        store = newStore();
    }

    static UserPoolView pool(String id, String name) {
        return new UserPoolView(id, "arn:aws:cognito-idp:" + id.substring(0, id.indexOf('_'))
                + ":000000000000:userpool/" + id, new SignInSettings(Set.of("email"), Set.of(), false),
                List.of(new SchemaAttribute("custom:team", AttributeDataType.STRING, false, true, false, 1, 40, null,
                        null)),
                UserPoolSettings.defaults(name), T0, T0.plusSeconds(5));
    }

    @Test
    @DisplayName("a saved pool is found whole")
    void savesAndFinds() {
        UserPoolView pool = pool("eu-west-1_AAAAAAAAA", "one");
        store.save(pool);
        assertThat(store.find(pool.id())).contains(pool);
        assertThat(store.find("eu-west-1_ZZZZZZZZZ")).isEmpty();
    }

    @Test
    @DisplayName("saving a pool again replaces it")
    void replaces() {
        store.save(pool("eu-west-1_AAAAAAAAA", "one"));
        UserPoolView renamed = pool("eu-west-1_AAAAAAAAA", "renamed");
        store.save(renamed);
        assertThat(store.find(renamed.id())).contains(renamed);
        assertThat(store.listAfter("eu-west-1", null, 10)).containsExactly(renamed);
    }

    @Test
    @DisplayName("a deleted pool is gone, and deleting an unknown one does nothing")
    void deletes() {
        store.save(pool("eu-west-1_AAAAAAAAA", "one"));
        store.delete("eu-west-1_AAAAAAAAA");
        store.delete("eu-west-1_BBBBBBBBB");
        assertThat(store.find("eu-west-1_AAAAAAAAA")).isEmpty();
        assertThat(store.listAfter("eu-west-1", null, 10)).isEmpty();
    }

    @Test
    @DisplayName("listing pages through one region's pools in id order")
    void listsInIdOrder() {
        UserPoolView c = pool("eu-west-1_CCCCCCCCC", "c");
        UserPoolView a = pool("eu-west-1_AAAAAAAAA", "a");
        UserPoolView b = pool("eu-west-1_BBBBBBBBB", "b");
        UserPoolView elsewhere = pool("us-east-1_AAAAAAAAA", "elsewhere");
        List.of(c, elsewhere, a, b).forEach(store::save);

        assertThat(store.listAfter("eu-west-1", null, 2)).containsExactly(a, b);
        assertThat(store.listAfter("eu-west-1", b.id(), 2)).containsExactly(c);
        assertThat(store.listAfter("eu-west-1", c.id(), 2)).isEmpty();
        assertThat(store.listAfter("us-east-1", null, 5)).containsExactly(elsewhere);
    }
}
