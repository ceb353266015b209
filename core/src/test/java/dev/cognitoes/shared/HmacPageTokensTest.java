package dev.cognitoes.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HmacPageTokensTest {

    private static final String USERS = "ListUsers:eu-west-1_abc";
    private static final String GROUPS = "ListGroups:eu-west-1_abc";

    private final PageTokens tokens = new HmacPageTokens(key((byte) 1));

    private static SecretKey key(byte fill) {
        byte[] bytes = new byte[32];
        Arrays.fill(bytes, fill);
        return new SecretKeySpec(bytes, "AES");
    }

    private static byte[] decode(String token) {
        return Base64.getUrlDecoder().decode(token);
    }

    private static String encode(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static void assertRefused(ThrowingCallable open) {
        assertThatThrownBy(open).isInstanceOfSatisfying(CognitoException.class, e -> {
            assertThat(e.error()).isEqualTo(CognitoError.INVALID_PARAMETER);
            assertThat(e.getMessage()).isEqualTo("Paging marker is invalid for this request.");
        });
    }

    @Nested
    @DisplayName("when a token is opened for the list it was issued for")
    class RoundTrip {

        @ParameterizedTest
        @ValueSource(strings = {"jo", "", "user-0042", "Zoë 🚀", "a|b:c/d+e=f"})
        void itGivesBackThePosition(String position) {
            assertThat(tokens.open(USERS, tokens.issue(USERS, position))).isEqualTo(position);
        }

        @Test
        void anotherRuntimeWithTheSameMasterKeyOpensIt() {
            String token = tokens.issue(USERS, "jo");

            assertThat(new HmacPageTokens(key((byte) 1)).open(USERS, token)).isEqualTo("jo");
        }

        @Test
        void theTokenIsUrlSafeBase64WithoutPadding() {
            assertThat(tokens.issue(USERS, "a position that is long enough")).matches("[A-Za-z0-9_-]+");
        }
    }

    @Nested
    @DisplayName("when a token is read by its holder")
    class Opacity {

        @Test
        void itDoesNotRevealTheListName() {
            String token = tokens.issue(USERS, "jo");

            assertThat(token).doesNotContain("ListUsers");
            assertThat(new String(decode(token), StandardCharsets.ISO_8859_1))
                    .doesNotContain("ListUsers")
                    .doesNotContain("eu-west-1_abc");
        }

        @Test
        void tokensForTheSamePositionDifferPerList() {
            assertThat(tokens.issue(USERS, "jo")).isNotEqualTo(tokens.issue(GROUPS, "jo"));
        }
    }

    @Nested
    @DisplayName("when a token is refused")
    class Refusals {

        @Test
        void aTokenFromAnotherListIsRefused() {
            String token = tokens.issue(GROUPS, "jo");

            assertRefused(() -> tokens.open(USERS, token));
        }

        @Test
        void listNamesCannotBeShiftedIntoThePosition() {
            String token = tokens.issue("ListUsers:a", "bc");

            assertRefused(() -> tokens.open("ListUsers:ab", token));
        }

        @Test
        void aTokenSignedWithAnotherMasterKeyIsRefused() {
            String token = new HmacPageTokens(key((byte) 2)).issue(USERS, "jo");

            assertRefused(() -> tokens.open(USERS, token));
        }

        @Test
        void aChangedPositionIsRefused() {
            byte[] bytes = decode(tokens.issue(USERS, "jo"));
            bytes[0] = (byte) 'k';

            assertRefused(() -> tokens.open(USERS, encode(bytes)));
        }

        @Test
        void everySingleBitFlipIsRefused() {
            byte[] original = decode(tokens.issue(USERS, "jo"));
            for (int i = 0; i < original.length * 8; i++) {
                byte[] flipped = original.clone();
                flipped[i / 8] ^= (byte) (1 << (i % 8));

                assertRefused(() -> tokens.open(USERS, encode(flipped)));
            }
        }

        @Test
        void aForgedTokenIsRefused() {
            byte[] forged = new byte[2 + 32];
            forged[0] = 'j';
            forged[1] = 'o';

            assertRefused(() -> tokens.open(USERS, encode(forged)));
        }

        @Test
        void aTruncatedTokenIsRefused() {
            String token = tokens.issue(USERS, "jo");

            assertRefused(() -> tokens.open(USERS, token.substring(0, token.length() - 1)));
            assertRefused(() -> tokens.open(USERS, encode(Arrays.copyOf(decode(token), 31))));
            assertRefused(() -> tokens.open(USERS, token.substring(2)));
        }

        @Test
        void anExtendedTokenIsRefused() {
            String token = tokens.issue(USERS, "jo");

            assertRefused(() -> tokens.open(USERS, encode(("x" + new String(decode(token),
                    StandardCharsets.ISO_8859_1)).getBytes(StandardCharsets.ISO_8859_1))));
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "!!!not base64!!!", "abc+/def", "a", "====", "eyJwb3NpdGlvbiI6ImpvIn0"})
        void garbageIsRefused(String garbage) {
            assertRefused(() -> tokens.open(USERS, garbage));
        }

        @Test
        void aMissingTokenIsRefused() {
            assertRefused(() -> tokens.open(USERS, null));
        }

        @Test
        void theRefusalDoesNotEchoTheToken() {
            String token = tokens.issue(GROUPS, "jo");

            assertThatThrownBy(() -> tokens.open(USERS, token)).message().doesNotContain(token);
        }
    }
}
