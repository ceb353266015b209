package dev.cognitoes.userpool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cognitoes.auth.signing.SigningKeyGenerator;
import dev.cognitoes.config.CognitoRuntime;
import dev.cognitoes.shared.AccountSettings;
import dev.cognitoes.shared.CognitoError;
import dev.cognitoes.shared.CognitoException;
import dev.cognitoes.testkit.FixedSigningKeys;
import dev.cognitoes.testkit.SequentialIdGenerator;
import dev.cognitoes.testkit.TestClock;
import dev.cognitoes.userpool.api.CreateUserPoolCommand;
import dev.cognitoes.userpool.api.DeleteUserPoolCommand;
import dev.cognitoes.userpool.api.DescribeUserPoolQuery;
import dev.cognitoes.userpool.api.ListUserPoolsQuery;
import dev.cognitoes.userpool.api.UpdateUserPoolCommand;
import dev.cognitoes.userpool.api.UserPoolPage;
import dev.cognitoes.userpool.api.UserPoolSettings;
import dev.cognitoes.userpool.api.UserPoolView;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class UserPoolRuntimeTest {

    static final Instant T0 = Instant.parse("2026-01-02T03:04:05Z");

    final TestClock clock = new TestClock(T0);
    CognitoRuntime cognito;

    @BeforeEach
    void start() {
        cognito = CognitoRuntime.builder()
                .clock(clock)
                .idGenerator(new SequentialIdGenerator())
                .component(SigningKeyGenerator.class, new FixedSigningKeys())
                .account(new AccountSettings("123456789012", "eu-west-1"))
                .build();
    }

    @AfterEach
    void stop() {
        cognito.close();
    }

    UserPoolView create(String region, String name) {
        return cognito.send(CreateUserPoolCommand.withDefaults(region, name));
    }

    static UserPoolSettings protection(UserPoolSettings s, boolean on) {
        return new UserPoolSettings(s.poolName(), s.passwordPolicy(), s.allowedFirstAuthFactors(), on,
                s.autoVerifiedAttributes(), s.verificationMessageTemplate(), s.smsAuthenticationMessage(),
                s.attributesRequireVerificationBeforeUpdate(), s.mfaConfiguration(), s.adminCreateUserConfig(),
                s.accountRecovery(), s.tags(), s.userPoolTier(), s.additionalSettings());
    }

    static void assertNotFound(ThrowingCallable call, String poolId) {
        assertThatThrownBy(call).isInstanceOfSatisfying(CognitoException.class, e -> {
            assertThat(e.error()).isEqualTo(CognitoError.RESOURCE_NOT_FOUND);
            assertThat(e.getMessage()).isEqualTo("User pool " + poolId + " does not exist.");
        });
    }

    @Nested
    @DisplayName("when a pool is created")
    class Created {

        @Test
        @DisplayName("DescribeUserPool shows it as CreateUserPool answered it")
        void describes() {
            UserPoolView created = create("eu-west-1", "pool");

            assertThat(created.id()).isEqualTo("eu-west-1_" + SequentialIdGenerator.poolSuffix(1));
            assertThat(created.arn()).isEqualTo("arn:aws:cognito-idp:eu-west-1:123456789012:userpool/" + created.id());
            assertThat(created.schema()).isEqualTo(PoolSchema.STANDARD);
            assertThat(cognito.query(new DescribeUserPoolQuery(created.id()))).isEqualTo(created);
        }

        @Test
        @DisplayName("an update replaces its settings and moves its modification date")
        void updates() {
            UserPoolView created = create("eu-west-1", "pool");
            clock.advance(Duration.ofMinutes(3));

            UserPoolView updated = cognito.send(new UpdateUserPoolCommand(created.id(),
                    UserPoolSettings.defaults("renamed")));

            assertThat(updated.settings().poolName()).isEqualTo("renamed");
            assertThat(updated.creationDate()).isEqualTo(T0);
            assertThat(updated.lastModifiedDate()).isEqualTo(T0.plus(Duration.ofMinutes(3)));
            assertThat(cognito.query(new DescribeUserPoolQuery(created.id()))).isEqualTo(updated);
        }
    }

    @Nested
    @DisplayName("when a pool is deleted")
    class Deleted {

        @Test
        @DisplayName("it is no longer described, listed or updated")
        void isGone() {
            UserPoolView pool = create("eu-west-1", "pool");

            cognito.send(new DeleteUserPoolCommand(pool.id()));

            assertNotFound(() -> cognito.query(new DescribeUserPoolQuery(pool.id())), pool.id());
            assertNotFound(() -> cognito.send(new UpdateUserPoolCommand(pool.id(), pool.settings())), pool.id());
            assertNotFound(() -> cognito.send(new DeleteUserPoolCommand(pool.id())), pool.id());
            assertThat(cognito.query(new ListUserPoolsQuery("eu-west-1", 60, null)).userPools()).isEmpty();
        }

        @Test
        @DisplayName("a protected pool stays until its protection is lifted")
        void protectedPool() {
            UserPoolView pool = create("eu-west-1", "pool");
            cognito.send(new UpdateUserPoolCommand(pool.id(), protection(pool.settings(), true)));

            assertThatThrownBy(() -> cognito.send(new DeleteUserPoolCommand(pool.id())))
                    .isInstanceOfSatisfying(CognitoException.class,
                            e -> assertThat(e.error()).isEqualTo(CognitoError.INVALID_PARAMETER));
            assertThat(cognito.query(new DescribeUserPoolQuery(pool.id()))).isNotNull();

            cognito.send(new UpdateUserPoolCommand(pool.id(), protection(pool.settings(), false)));
            cognito.send(new DeleteUserPoolCommand(pool.id()));
            assertNotFound(() -> cognito.query(new DescribeUserPoolQuery(pool.id())), pool.id());
        }
    }

    @Nested
    @DisplayName("when pools are listed")
    class Listing {

        @Test
        @DisplayName("pages follow each other in id order through the region's pools only")
        void pages() {
            List<String> ids = new ArrayList<>();
            for (int i = 1; i <= 5; i++) {
                ids.add(create("eu-west-1", "pool" + i).id());
            }
            UserPoolView elsewhere = create("us-east-1", "elsewhere");

            UserPoolPage first = cognito.query(new ListUserPoolsQuery("eu-west-1", 2, null));
            UserPoolPage second = cognito.query(new ListUserPoolsQuery("eu-west-1", 2, first.nextToken()));
            UserPoolPage third = cognito.query(new ListUserPoolsQuery("eu-west-1", 2, second.nextToken()));

            assertThat(first.userPools()).extracting(UserPoolView::id).containsExactly(ids.get(0), ids.get(1));
            assertThat(second.userPools()).extracting(UserPoolView::id).containsExactly(ids.get(2), ids.get(3));
            assertThat(third.userPools()).extracting(UserPoolView::id).containsExactly(ids.get(4));
            assertThat(third.nextToken()).isNull();
            assertThat(cognito.query(new ListUserPoolsQuery("us-east-1", 60, null)).userPools())
                    .containsExactly(elsewhere);
        }

        @Test
        @DisplayName("a page of exactly the remaining pools has no next token")
        void exactPage() {
            create("eu-west-1", "a");
            create("eu-west-1", "b");

            UserPoolPage page = cognito.query(new ListUserPoolsQuery("eu-west-1", 2, null));

            assertThat(page.userPools()).hasSize(2);
            assertThat(page.nextToken()).isNull();
        }

        @Test
        @DisplayName("a page size outside 1 to 60 is refused")
        void pageSize() {
            assertThatThrownBy(() -> cognito.query(new ListUserPoolsQuery("eu-west-1", 0, null)))
                    .isInstanceOf(CognitoException.class)
                    .hasMessage("1 validation error detected: Value '0' at 'maxResults' failed to satisfy "
                            + "constraint: Member must have value greater than or equal to 1");
            assertThatThrownBy(() -> cognito.query(new ListUserPoolsQuery("eu-west-1", 61, null)))
                    .isInstanceOf(CognitoException.class)
                    .hasMessage("1 validation error detected: Value '61' at 'maxResults' failed to satisfy "
                            + "constraint: Member must have value less than or equal to 60");
        }

        @Test
        @DisplayName("a token of another region's list is refused")
        void foreignToken() {
            create("eu-west-1", "a");
            create("eu-west-1", "b");
            String token = cognito.query(new ListUserPoolsQuery("eu-west-1", 1, null)).nextToken();

            assertThatThrownBy(() -> cognito.query(new ListUserPoolsQuery("us-east-1", 1, token)))
                    .isInstanceOfSatisfying(CognitoException.class, e -> {
                        assertThat(e.error()).isEqualTo(CognitoError.INVALID_PARAMETER);
                        assertThat(e.getMessage()).isEqualTo("Paging marker is invalid for this request.");
                    });
        }
    }
}
