package dev.cognitoes.userpool.api;

import dev.cognitoes.shared.CognitoCommand;
import java.util.List;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * AddCustomAttributes: adds custom attributes to a pool's schema, as Cognito's operation. Each declaration is a
 * custom attribute whatever its name: it becomes {@code custom:<name>}, or {@code dev:custom:<name>} when
 * developer-only. Refused when a name is taken, when the pool would have more than 50 custom attributes, or when
 * a declaration breaks the rules CreateUserPool applies to custom attributes.
 */
public record AddCustomAttributesCommand(@TargetAggregateIdentifier String userPoolId,
                                         List<SchemaAttributeDeclaration> customAttributes)
        implements CognitoCommand<Void> {
    public AddCustomAttributesCommand {
        Objects.requireNonNull(userPoolId, "userPoolId");
        customAttributes = List.copyOf(customAttributes);
    }
}
