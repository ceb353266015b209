package dev.cognitoes.auth.secret;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cognitoes.auth.ScriptedRandom;
import dev.cognitoes.auth.TestKeys;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AesGcmSecretSealerTest {

    private static final String SECRET = "1q2w3e4r5t6y7u8i9o0pqwertyuiopasdfghjklzxcvbnm12345";

    private final SecretKey master = TestKeys.randomMasterKey();
    private final AesGcmSecretSealer sealer = new AesGcmSecretSealer(master);

    @Test
    @DisplayName("seals as base64(nonce | AES-256-GCM ciphertext | tag) under the HKDF subkey, as node's crypto does")
    void known_answer() {
        AesGcmSecretSealer pinned = new AesGcmSecretSealer(TestKeys.countingMasterKey(),
                new ScriptedRandom("a0a1a2a3a4a5a6a7a8a9aaab"));

        SealedSecret sealed = pinned.seal("client-secret-ÅΩ-1234");

        assertThat(sealed.ciphertext())
                .isEqualTo("oKGio6Slpqeoqaqrb8VuFWOYEmKNYCmvVW8ggY3FYVglTSVM4FD4J1r1z7euuPYigmzN");
        assertThat(pinned.unseal(sealed)).isEqualTo("client-secret-ÅΩ-1234");
    }

    @Nested
    @DisplayName("when a secret is sealed")
    class Sealing {

        @ParameterizedTest
        @ValueSource(strings = {SECRET, "", "ü-Ω-日本-🔑"})
        void unsealing_gives_it_back(String secret) {
            assertThat(sealer.unseal(sealer.seal(secret))).isEqualTo(secret);
        }

        @Test
        void the_sealed_form_holds_nonce_ciphertext_and_tag_but_not_the_secret() {
            SealedSecret sealed = sealer.seal(SECRET);
            byte[] bytes = Base64.getDecoder().decode(sealed.ciphertext());

            assertThat(bytes).hasSize(12 + SECRET.length() + 16);
            assertThat(new String(bytes, StandardCharsets.ISO_8859_1)).doesNotContain(SECRET.substring(0, 6));
            assertThat(sealed.ciphertext()).doesNotContain(SECRET.substring(0, 6));
            assertThat(sealed.toString()).doesNotContain(sealed.ciphertext());
        }

        @Test
        void every_seal_uses_a_fresh_nonce() {
            String first = sealer.seal(SECRET).ciphertext();
            String second = sealer.seal(SECRET).ciphertext();

            assertThat(Arrays.copyOf(Base64.getDecoder().decode(first), 12))
                    .isNotEqualTo(Arrays.copyOf(Base64.getDecoder().decode(second), 12));
            assertThat(first).isNotEqualTo(second);
        }

        @Test
        void the_master_key_itself_does_not_open_it() throws Exception {
            byte[] sealed = Base64.getDecoder().decode(sealer.seal(SECRET).ciphertext());
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(master.getEncoded(), "AES"),
                    new GCMParameterSpec(128, sealed, 0, 12));

            assertThatThrownBy(() -> cipher.doFinal(sealed, 12, sealed.length - 12))
                    .isInstanceOf(AEADBadTagException.class);
        }
    }

    @Nested
    @DisplayName("when a sealed value is unsealed with another master key")
    class OtherKey {

        @Test
        void it_is_refused_without_revealing_anything() {
            SealedSecret sealed = new AesGcmSecretSealer(TestKeys.randomMasterKey()).seal(SECRET);

            assertThatThrownBy(() -> sealer.unseal(sealed))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("the sealed secret was not sealed with this runtime's master key or was altered")
                    .hasNoCause();
        }
    }

    @Nested
    @DisplayName("when a sealed value was altered")
    class Tampering {

        @Test
        void a_change_to_any_byte_of_nonce_ciphertext_or_tag_is_refused() {
            byte[] sealed = Base64.getDecoder().decode(sealer.seal(SECRET).ciphertext());

            for (int i = 0; i < sealed.length; i++) {
                byte[] altered = sealed.clone();
                altered[i] ^= 0x01;
                SealedSecret tampered = new SealedSecret(Base64.getEncoder().encodeToString(altered));

                assertThatThrownBy(() -> sealer.unseal(tampered))
                        .as("byte %d flipped", i)
                        .isInstanceOf(IllegalStateException.class)
                        .hasNoCause();
            }
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "not base64!", "AAAA", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="})
        void a_truncated_or_malformed_value_is_refused(String ciphertext) {
            assertThatThrownBy(() -> sealer.unseal(new SealedSecret(ciphertext)))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("the sealed secret was not sealed with this runtime's master key or was altered");
        }

        @Test
        void a_value_cut_short_is_refused() {
            String whole = sealer.seal(SECRET).ciphertext();
            byte[] bytes = Base64.getDecoder().decode(whole);
            byte[] cut = Arrays.copyOf(bytes, bytes.length - 1);

            assertThatThrownBy(() -> sealer.unseal(new SealedSecret(Base64.getEncoder().encodeToString(cut))))
                    .isInstanceOf(IllegalStateException.class);
        }
    }
}
