package dev.cognitoes.userpool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.jwk.RSAKey;
import dev.cognitoes.auth.signing.SigningKeyGenerator;
import dev.cognitoes.config.CognitoRuntime;
import dev.cognitoes.shared.CognitoError;
import dev.cognitoes.shared.CognitoException;
import dev.cognitoes.storage.inmemory.InMemoryStorageModule;
import dev.cognitoes.testkit.FixedSigningKeys;
import dev.cognitoes.userpool.api.CreateUserPoolCommand;
import dev.cognitoes.userpool.api.DeleteUserPoolCommand;
import dev.cognitoes.userpool.api.GetSigningKeysQuery;
import dev.cognitoes.userpool.api.PoolSigningKey;
import dev.cognitoes.userpool.api.SigningPublicKey;
import dev.cognitoes.userpool.api.TokenUse;
import dev.cognitoes.userpool.api.UserPoolSigningKeyCreatedEvent;
import dev.cognitoes.userpool.api.UserPoolView;
import java.security.KeyPair;
import java.security.interfaces.RSAPublicKey;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SigningKeyEventsTest {

    final InMemoryStorageModule storage = new InMemoryStorageModule();
    final CognitoRuntime cognito = CognitoRuntime.builder()
            .storage(storage)
            .component(SigningKeyGenerator.class, new FixedSigningKeys())
            .build();
    final UserPoolView pool = cognito.send(CreateUserPoolCommand.withDefaults("eu-west-1", "pool"));

    @AfterEach
    void stop() {
        cognito.close();
    }

    List<TrackedEventMessage<?>> log() {
        return new ArrayList<>(storage.eventStorageEngine().readEvents(null, false).toList());
    }

    static List<String> privateParts(KeyPair pair) {
        RSAKey key = new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey(pair.getPrivate()).build();
        return List.of(key.getPrivateExponent().toString(), key.getFirstPrimeFactor().toString(),
                key.getSecondPrimeFactor().toString(), key.getFirstFactorCRTExponent().toString(),
                key.getSecondFactorCRTExponent().toString(), key.getFirstCRTCoefficient().toString());
    }

    @Nested
    @DisplayName("when a pool is created in the runtime")
    class Created {

        @Test
        @DisplayName("two key events follow its creation, one per kind of token")
        void keyEvents() {
            List<Object> payloads = log().stream().map(e -> (Object) e.getPayload()).toList();

            assertThat(payloads).hasSize(3);
            assertThat(payloads.subList(1, 3)).allSatisfy(event ->
                    assertThat(event).isInstanceOf(UserPoolSigningKeyCreatedEvent.class));
            assertThat(payloads.subList(1, 3)).extracting(e -> ((UserPoolSigningKeyCreatedEvent) e).signs())
                    .containsExactly(TokenUse.ID, TokenUse.ACCESS);
            assertThat(pool.signingKeys()).extracting(PoolSigningKey::signs)
                    .containsExactly(TokenUse.ID, TokenUse.ACCESS);
        }

        @Test
        @DisplayName("no stored event holds any private part of the keys, in any form but sealed")
        void noPrivateKeyMaterial() throws Exception {
            ObjectMapper mapper = CognitoRuntime.eventObjectMapper();
            StringBuilder stored = new StringBuilder();
            for (TrackedEventMessage<?> event : log()) {
                stored.append(mapper.writeValueAsString(event.getPayload()));
                stored.append(mapper.writeValueAsString(event.getMetaData()));
            }
            List<String> secrets = new ArrayList<>(privateParts(FixedSigningKeys.pair(0)));
            secrets.addAll(privateParts(FixedSigningKeys.pair(1)));

            assertThat(stored.toString())
                    .contains(pool.signingKey(TokenUse.ID).orElseThrow().publicKey().n())
                    .doesNotContain(secrets)
                    .doesNotContain("\"d\"", "\"p\"", "\"q\"", "\"dp\"", "\"dq\"", "\"qi\"");
            assertThat(pool.toString()).doesNotContain(secrets);
        }

        @Test
        @DisplayName("the read model keeps the same keys, and the pool's key set lists their public halves")
        void readModel() {
            List<SigningPublicKey> published = cognito.query(new GetSigningKeysQuery(pool.id())).keys();

            assertThat(storage.userPoolStore().find(pool.id()).orElseThrow().signingKeys())
                    .isEqualTo(pool.signingKeys());
            assertThat(published).extracting(SigningPublicKey::kid).containsExactly(
                    pool.signingKey(TokenUse.ID).orElseThrow().kid(),
                    pool.signingKey(TokenUse.ACCESS).orElseThrow().kid());
        }
    }

    @Nested
    @DisplayName("when a pool does not exist")
    class Unknown {

        @Test
        @DisplayName("its key set is not found, also once it was deleted")
        void notFound() {
            cognito.send(new DeleteUserPoolCommand(pool.id()));

            for (String id : List.of("eu-west-1_missing", pool.id())) {
                assertThatThrownBy(() -> cognito.query(new GetSigningKeysQuery(id)))
                        .isInstanceOfSatisfying(CognitoException.class, e -> {
                            assertThat(e.error()).isEqualTo(CognitoError.RESOURCE_NOT_FOUND);
                            assertThat(e.getMessage()).isEqualTo("User pool " + id + " does not exist.");
                        });
            }
        }
    }
}
