package dev.cognitoes.userpool.api;

import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * Custom attributes were added to the pool's schema (AddCustomAttributes); they follow the existing ones, in the
 * order given, and are never removed.
 *
 * @param attributes the attributes added, with their full names ({@code custom:team}, {@code dev:custom:level})
 */
@Revision("1")
public record UserPoolCustomAttributesAddedEvent(String userPoolId, List<SchemaAttribute> attributes,
                                                 Instant addedAt) implements UserPoolEvent {
    public UserPoolCustomAttributesAddedEvent {
        attributes = List.copyOf(attributes);
    }
}
