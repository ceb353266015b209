package dev.cognitoes.userpool.api;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A user pool as DescribeUserPool shows it.
 *
 * @param id        {@code <region>_<9 alphanumerics>}
 * @param arn       {@code arn:aws:cognito-idp:<region>:<account>:userpool/<id>}
 * @param signIn    how users are named, fixed at creation
 * @param schema    every attribute users may have: the standard ones, then the custom ones
 * @param settings  what UpdateUserPool may change
 */
public record UserPoolView(String id, String arn, SignInSettings signIn, List<SchemaAttribute> schema,
                           UserPoolSettings settings, Instant creationDate, Instant lastModifiedDate) {
    public UserPoolView {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(arn, "arn");
        Objects.requireNonNull(signIn, "signIn");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(creationDate, "creationDate");
        Objects.requireNonNull(lastModifiedDate, "lastModifiedDate");
        schema = List.copyOf(schema);
    }

    /** The region part of the id, for example {@code eu-west-1}. */
    public String region() {
        return id.substring(0, id.indexOf('_'));
    }
}
