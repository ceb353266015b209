package dev.cognitoes.user;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cognitoes.delivery.DeliveryMedium;
import dev.cognitoes.user.UserCommands.RecoveryDestination;
import dev.cognitoes.userpool.api.RecoveryOption;
import dev.cognitoes.userpool.api.SignInSettings;
import dev.cognitoes.userpool.api.UserPoolSettings;
import dev.cognitoes.userpool.api.UserPoolView;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PasswordRecoveryTest {

    static final RecoveryDestination EMAIL = new RecoveryDestination(DeliveryMedium.EMAIL, "email",
            "jane@example.com");
    static final RecoveryDestination PHONE = new RecoveryDestination(DeliveryMedium.SMS, "phone_number",
            "+15555550100");
    static final Map<String, String> BOTH_VERIFIED = Map.of("email", "jane@example.com", "email_verified", "true",
            "phone_number", "+15555550100", "phone_number_verified", "true");

    static UserPoolView pool(RecoveryOption... options) {
        UserPoolSettings d = UserPoolSettings.defaults("pool");
        UserPoolSettings settings = new UserPoolSettings(d.poolName(), d.passwordPolicy(), d.allowedFirstAuthFactors(),
                false, Set.of(), d.verificationMessageTemplate(), null, Set.of(), "OFF", d.adminCreateUserConfig(),
                List.of(options), Map.of(), "ESSENTIALS", Map.of());
        Instant at = Instant.parse("2026-03-01T10:00:00Z");
        return new UserPoolView("us-east-1_Recovery1", "arn:aws:cognito-idp:us-east-1:000000000000:userpool/"
                + "us-east-1_Recovery1", SignInSettings.DEFAULT, List.of(), settings, at, at);
    }

    @Nested
    @DisplayName("when the pool has no account recovery setting")
    class Legacy {

        @Test
        void the_verified_phone_number_comes_first() {
            assertThat(PasswordRecovery.destination(pool(), BOTH_VERIFIED)).contains(PHONE);
        }

        @Test
        void the_verified_email_is_next() {
            assertThat(PasswordRecovery.destination(pool(), Map.of("email", "jane@example.com",
                    "email_verified", "true", "phone_number", "+15555550100"))).contains(EMAIL);
        }

        @Test
        void unverified_attributes_are_no_destination() {
            assertThat(PasswordRecovery.destination(pool(), Map.of("email", "jane@example.com",
                    "email_verified", "false", "phone_number", "+15555550100"))).isEmpty();
        }
    }

    @Nested
    @DisplayName("when the pool has an account recovery setting")
    class Configured {

        @Test
        void the_option_with_priority_1_comes_first_whatever_the_order_given() {
            UserPoolView emailFirst = pool(new RecoveryOption("verified_phone_number", 2),
                    new RecoveryOption("verified_email", 1));

            assertThat(PasswordRecovery.destination(emailFirst, BOTH_VERIFIED)).contains(EMAIL);
        }

        @Test
        void the_second_option_is_used_when_the_user_lacks_the_first() {
            UserPoolView emailFirst = pool(new RecoveryOption("verified_email", 1),
                    new RecoveryOption("verified_phone_number", 2));

            assertThat(PasswordRecovery.destination(emailFirst, Map.of("phone_number", "+15555550100",
                    "phone_number_verified", "true"))).contains(PHONE);
        }

        @Test
        void an_attribute_the_setting_leaves_out_is_never_used() {
            UserPoolView emailOnly = pool(new RecoveryOption("verified_email", 1));

            assertThat(PasswordRecovery.destination(emailOnly, Map.of("phone_number", "+15555550100",
                    "phone_number_verified", "true"))).isEmpty();
        }

        @Test
        void admin_only_allows_no_destination() {
            assertThat(PasswordRecovery.destination(pool(new RecoveryOption("admin_only", 1)), BOTH_VERIFIED))
                    .isEmpty();
        }
    }
}
