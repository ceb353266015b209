package dev.cognitoes.userpool.api;

import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * A user pool was created. The first event of every pool.
 *
 * @param userPoolId {@code <region>_<9 alphanumerics>}
 * @param arn        {@code arn:aws:cognito-idp:<region>:<account>:userpool/<id>}
 * @param signIn     how users are named and found; never changes afterwards
 * @param schema     every attribute the pool's users may have: Cognito's standard attributes, then the custom ones
 *                   in the order declared; never shrinks
 * @param settings   the pool's configuration as created
 * @param createdAt  when the pool was created
 */
@Revision("1")
public record UserPoolCreatedEvent(String userPoolId, String arn, SignInSettings signIn,
                                   List<SchemaAttribute> schema, UserPoolSettings settings, Instant createdAt)
        implements UserPoolEvent {
}
