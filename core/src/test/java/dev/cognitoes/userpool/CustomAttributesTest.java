package dev.cognitoes.userpool;

import static dev.cognitoes.userpool.api.AttributeDataType.NUMBER;
import static dev.cognitoes.userpool.api.AttributeDataType.STRING;

import dev.cognitoes.shared.CognitoException;
import dev.cognitoes.userpool.api.AddCustomAttributesCommand;
import dev.cognitoes.userpool.api.SchemaAttribute;
import dev.cognitoes.userpool.api.SchemaAttributeDeclaration;
import dev.cognitoes.userpool.api.SignInSettings;
import dev.cognitoes.userpool.api.UserPoolCreatedEvent;
import dev.cognitoes.userpool.api.UserPoolCustomAttributesAddedEvent;
import dev.cognitoes.userpool.api.UserPoolDeletedEvent;
import dev.cognitoes.userpool.api.UserPoolSettings;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CustomAttributesTest {

    static final Instant NOW = Instant.parse("2026-01-02T03:04:05Z");
    static final String POOL_ID = "eu-west-1_Custom001";
    static final UserPoolCreatedEvent CREATED = new UserPoolCreatedEvent(POOL_ID,
            "arn:aws:cognito-idp:eu-west-1:123456789012:userpool/" + POOL_ID, SignInSettings.DEFAULT,
            PoolSchema.effective(List.of(SchemaAttributeDeclaration.of("team", STRING))),
            UserPoolSettings.defaults("pool"), NOW.minusSeconds(60));

    AggregateTestFixture<UserPool> fixture;

    @BeforeEach
    void fixture() {
        fixture = new AggregateTestFixture<>(UserPool.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    static AddCustomAttributesCommand add(SchemaAttributeDeclaration... declarations) {
        return new AddCustomAttributesCommand(POOL_ID, List.of(declarations));
    }

    static SchemaAttributeDeclaration developerOnly(String name) {
        return new SchemaAttributeDeclaration(name, STRING, true, null, null, null, null, null, null);
    }

    @Nested
    @DisplayName("when custom attributes are added")
    class Adding {

        @Test
        void they_join_the_schema_with_their_prefix_and_constraints() {
            fixture.given(CREATED)
                    .when(add(new SchemaAttributeDeclaration("age", NUMBER, null, false, null, null, null, "0", "120"),
                            developerOnly("level")))
                    .expectEvents(new UserPoolCustomAttributesAddedEvent(POOL_ID, List.of(
                            new SchemaAttribute("custom:age", NUMBER, false, false, false, null, null, 0L, 120L),
                            new SchemaAttribute("dev:custom:level", STRING, true, true, false, null, null, null,
                                    null)), NOW));
        }

        @Test
        void a_name_the_pool_has_is_refused() {
            fixture.given(CREATED)
                    .when(add(SchemaAttributeDeclaration.of("team", STRING)))
                    .expectNoEvents()
                    .expectException(CognitoException.class)
                    .expectExceptionMessage("custom:team: Existing attribute already has name custom:team.");
        }

        @Test
        void a_name_given_twice_is_refused() {
            fixture.given(CREATED)
                    .when(add(SchemaAttributeDeclaration.of("dept", STRING), SchemaAttributeDeclaration.of("dept",
                            NUMBER)))
                    .expectNoEvents()
                    .expectExceptionMessage("custom:dept: Existing attribute already has name custom:dept.");
        }

        @Test
        void a_custom_prefix_in_the_name_is_prefixed_again() {
            fixture.given(CREATED)
                    .when(add(SchemaAttributeDeclaration.of("custom:x", STRING)))
                    .expectEvents(new UserPoolCustomAttributesAddedEvent(POOL_ID, List.of(new SchemaAttribute(
                            "custom:custom:x", STRING, false, true, false, null, null, null, null)), NOW));
        }

        @Test
        void the_rules_of_create_user_pool_apply() {
            fixture.given(CREATED)
                    .when(add(new SchemaAttributeDeclaration("x", STRING, null, null, true, null, null, null, null)))
                    .expectNoEvents()
                    .expectExceptionMessage("Required custom attributes are not supported currently.");
            fixture.given(CREATED)
                    .when(add(new SchemaAttributeDeclaration("x", null, null, null, null, null, null, null, null)))
                    .expectNoEvents()
                    .expectExceptionMessage("Invalid AttributeDataType input, consider using the provided "
                            + "AttributeDataType enum.");
            fixture.given(CREATED)
                    .when(add(SchemaAttributeDeclaration.of("ok", STRING),
                            SchemaAttributeDeclaration.of("a_name_longer_than_20", STRING)))
                    .expectNoEvents()
                    .expectExceptionMessage("1 validation error detected: Value 'a_name_longer_than_20' at "
                            + "'customAttributes.2.member.name' failed to satisfy constraint: Member must have length "
                            + "less than or equal to 20");
        }

        @Test
        void a_pool_holds_at_most_50_custom_attributes() {
            List<SchemaAttributeDeclaration> fortyNine = new ArrayList<>();
            for (int i = 0; i < 49; i++) {
                fortyNine.add(SchemaAttributeDeclaration.of("a" + i, STRING));
            }
            fixture.given(CREATED)
                    .when(new AddCustomAttributesCommand(POOL_ID, fortyNine))
                    .expectSuccessfulHandlerExecution();
            fortyNine.add(SchemaAttributeDeclaration.of("one_too_many", STRING));
            fixture.given(CREATED)
                    .when(new AddCustomAttributesCommand(POOL_ID, fortyNine))
                    .expectNoEvents()
                    .expectExceptionMessage("The user pool cannot have more than 50 custom attributes.");
        }

        @Test
        void a_deleted_pool_is_not_found() {
            fixture.given(CREATED, new UserPoolDeletedEvent(POOL_ID, NOW.minusSeconds(1)))
                    .when(add(SchemaAttributeDeclaration.of("dept", STRING)))
                    .expectNoEvents()
                    .expectExceptionMessage("User pool " + POOL_ID + " does not exist.");
        }
    }
}
