package dev.cognitoes.userpool;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cognitoes.auth.secret.SealedSecret;
import dev.cognitoes.config.CognitoRuntime;
import dev.cognitoes.userpool.api.AdminCreateUserConfig;
import dev.cognitoes.userpool.api.AttributeDataType;
import dev.cognitoes.userpool.api.MessageTemplate;
import dev.cognitoes.userpool.api.PasswordPolicy;
import dev.cognitoes.userpool.api.RecoveryOption;
import dev.cognitoes.userpool.api.SchemaAttribute;
import dev.cognitoes.userpool.api.SignInSettings;
import dev.cognitoes.userpool.api.SigningPublicKey;
import dev.cognitoes.userpool.api.TokenUse;
import dev.cognitoes.userpool.api.UserPoolCreatedEvent;
import dev.cognitoes.userpool.api.UserPoolCustomAttributesAddedEvent;
import dev.cognitoes.userpool.api.UserPoolDeletedEvent;
import dev.cognitoes.userpool.api.UserPoolEvent;
import dev.cognitoes.userpool.api.UserPoolSettings;
import dev.cognitoes.userpool.api.UserPoolSettingsChangedEvent;
import dev.cognitoes.userpool.api.UserPoolSigningKeyCreatedEvent;
import dev.cognitoes.userpool.api.VerificationMessageTemplate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class UserPoolEventSerializationTest {

    static final Instant T0 = Instant.parse("2026-01-02T03:04:05.123Z");
    final JacksonSerializer serializer =
            JacksonSerializer.builder().objectMapper(CognitoRuntime.eventObjectMapper()).build();

    @Test
    @DisplayName("every pool event comes back equal from its stored form, with revision 1")
    void roundTrips() {
        List<SchemaAttribute> schema = new ArrayList<>(PoolSchema.STANDARD);
        schema.add(new SchemaAttribute("dev:custom:level", AttributeDataType.NUMBER, true, false, false, null, null,
                -5L, 9L));
        UserPoolSettings settings = new UserPoolSettings("pool", new PasswordPolicy(10, true, false, true, false, 5,
                3), List.of("PASSWORD", "EMAIL_OTP"), true, Set.of("email", "phone_number"),
                new VerificationMessageTemplate("sms {####}", "mail {####}", "subject", "link {##click##}",
                        "link subject", VerificationMessageTemplate.DefaultEmailOption.CONFIRM_WITH_LINK),
                "auth {####}", Set.of("email"), "OPTIONAL",
                new AdminCreateUserConfig(true, 3, new MessageTemplate("sms {username} {####}", "mail", "subj")),
                List.of(new RecoveryOption("verified_email", 1), new RecoveryOption("verified_phone_number", 2)),
                Map.of("cost-center", "42"), "PLUS",
                Map.of("LambdaConfig", Map.of("PreSignUp", "arn:aws:lambda:eu-west-1:1:function:f"),
                        "DeviceConfiguration", Map.of("ChallengeRequiredOnNewDevice", true)));
        List<UserPoolEvent> events = List.of(
                new UserPoolCreatedEvent("eu-west-1_AbC123xyZ", "arn:aws:cognito-idp:eu-west-1:000000000000:"
                        + "userpool/eu-west-1_AbC123xyZ", new SignInSettings(Set.of("email"), Set.of(), false),
                        schema, settings, T0),
                new UserPoolSigningKeyCreatedEvent("eu-west-1_AbC123xyZ", TokenUse.ACCESS,
                        SigningPublicKey.rs256("kid+/=", "bW9kdWx1cw", "AQAB"), new SealedSecret("c2VhbGVk"), T0),
                new UserPoolSettingsChangedEvent("eu-west-1_AbC123xyZ", UserPoolSettings.defaults("x"), T0),
                new UserPoolCustomAttributesAddedEvent("eu-west-1_AbC123xyZ", List.of(new SchemaAttribute(
                        "custom:age", AttributeDataType.NUMBER, false, false, false, null, null, 0L, 120L)), T0),
                new UserPoolDeletedEvent("eu-west-1_AbC123xyZ", T0));

        for (UserPoolEvent event : events) {
            SerializedObject<String> stored = serializer.serialize(event, String.class);
            assertThat(stored.getType().getRevision()).isEqualTo("1");
            assertThat(stored.getData()).doesNotContain("\"custom\"");
            Object read = serializer.deserialize(stored);
            assertThat(read).isEqualTo(event);
        }
    }
}
