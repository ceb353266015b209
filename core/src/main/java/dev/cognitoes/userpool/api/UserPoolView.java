package dev.cognitoes.userpool.api;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A user pool as DescribeUserPool shows it, with the signing keys its tokens are signed with.
 *
 * @param id          {@code <region>_<9 alphanumerics>}
 * @param arn         {@code arn:aws:cognito-idp:<region>:<account>:userpool/<id>}
 * @param signIn      how users are named, fixed at creation
 * @param schema      every attribute users may have: the standard ones, then the custom ones
 * @param settings    what UpdateUserPool may change
 * @param signingKeys the pool's signing keys, oldest first; private halves sealed. Not part of DescribeUserPool's
 *                    answer: the pool's JWKS publishes the public halves
 */
public record UserPoolView(String id, String arn, SignInSettings signIn, List<SchemaAttribute> schema,
                           UserPoolSettings settings, Instant creationDate, Instant lastModifiedDate,
                           List<PoolSigningKey> signingKeys) {
    public UserPoolView {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(arn, "arn");
        Objects.requireNonNull(signIn, "signIn");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(creationDate, "creationDate");
        Objects.requireNonNull(lastModifiedDate, "lastModifiedDate");
        schema = List.copyOf(schema);
        signingKeys = signingKeys == null ? List.of() : List.copyOf(signingKeys);
    }

    /** A pool without signing keys yet, as it stands between its creation event and its key events. */
    public UserPoolView(String id, String arn, SignInSettings signIn, List<SchemaAttribute> schema,
                        UserPoolSettings settings, Instant creationDate, Instant lastModifiedDate) {
        this(id, arn, signIn, schema, settings, creationDate, lastModifiedDate, List.of());
    }

    /** The region part of the id, for example {@code eu-west-1}. */
    public String region() {
        return id.substring(0, id.indexOf('_'));
    }

    /** The key that signs new tokens of this kind: the newest one; empty for a pool that has none. */
    public Optional<PoolSigningKey> signingKey(TokenUse use) {
        for (int i = signingKeys.size() - 1; i >= 0; i--) {
            if (signingKeys.get(i).signs() == use) {
                return Optional.of(signingKeys.get(i));
            }
        }
        return Optional.empty();
    }

    /** This view with one more signing key. */
    public UserPoolView withSigningKey(PoolSigningKey key) {
        List<PoolSigningKey> keys = new ArrayList<>(signingKeys);
        keys.add(key);
        return new UserPoolView(id, arn, signIn, schema, settings, creationDate, lastModifiedDate, keys);
    }

    /** This view with more attributes at the end of its schema, changed at {@code changedAt}. */
    public UserPoolView withAddedAttributes(List<SchemaAttribute> added, Instant changedAt) {
        List<SchemaAttribute> newSchema = new ArrayList<>(schema);
        newSchema.addAll(added);
        return new UserPoolView(id, arn, signIn, newSchema, settings, creationDate, changedAt, signingKeys);
    }

    /** This view with other settings, changed at {@code changedAt}. */
    public UserPoolView withSettings(UserPoolSettings newSettings, Instant changedAt) {
        return new UserPoolView(id, arn, signIn, schema, newSettings, creationDate, changedAt, signingKeys);
    }
}
