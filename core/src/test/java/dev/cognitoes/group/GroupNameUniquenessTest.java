package dev.cognitoes.group;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cognitoes.config.CognitoRuntime;
import dev.cognitoes.group.api.CreateGroupCommand;
import dev.cognitoes.group.api.DeleteGroupCommand;
import dev.cognitoes.group.api.ListGroupsQuery;
import dev.cognitoes.shared.CognitoError;
import dev.cognitoes.shared.CognitoException;
import dev.cognitoes.testkit.Race;
import dev.cognitoes.userpool.api.CreateUserPoolCommand;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class GroupNameUniquenessTest {

    static final int CONTENDERS = 50;
    static final String EXISTS = CognitoError.GROUP_EXISTS.awsName()
            + ": A group with the name admins already exists.";

    CognitoRuntime cognito;
    String poolId;

    @BeforeEach
    void start() {
        cognito = CognitoRuntime.builder().build();
        poolId = cognito.send(CreateUserPoolCommand.withDefaults("us-east-1", "pool")).id();
    }

    @AfterEach
    void stop() {
        cognito.close();
    }

    /** Starts every creation at once; answers each outcome: "ok" or the AWS error name and message. */
    List<String> createConcurrently(String name) throws Exception {
        return Race.run(CONTENDERS, Duration.ofSeconds(60), i -> {
            int precedence = i;
            return () -> {
                try {
                    cognito.send(new CreateGroupCommand(poolId, name, null, null, precedence));
                    return "ok";
                } catch (CognitoException e) {
                    return e.toString();
                }
            };
        });
    }

    @Nested
    @DisplayName("when 50 requests create one group name at the same moment")
    class SameMoment {

        @Test
        @DisplayName("exactly one succeeds and 49 are told the group exists")
        void oneWins() throws Exception {
            List<String> outcomes = createConcurrently("admins");

            assertThat(outcomes).filteredOn("ok"::equals).hasSize(1);
            assertThat(outcomes).filteredOn(o -> !o.equals("ok")).hasSize(CONTENDERS - 1).containsOnly(EXISTS);
            assertThat(cognito.query(ListGroupsQuery.firstPage(poolId)).groups()).hasSize(1);
        }

        @Test
        @DisplayName("after the group was deleted, its name is granted once again")
        void afterDeletion() throws Exception {
            cognito.send(CreateGroupCommand.named(poolId, "admins"));
            cognito.send(new DeleteGroupCommand(poolId, "admins"));

            List<String> outcomes = createConcurrently("admins");

            assertThat(outcomes).filteredOn("ok"::equals).hasSize(1);
            assertThat(outcomes).filteredOn(o -> !o.equals("ok")).containsOnly(EXISTS);
            assertThat(cognito.query(ListGroupsQuery.firstPage(poolId)).groups()).hasSize(1);
        }
    }
}
