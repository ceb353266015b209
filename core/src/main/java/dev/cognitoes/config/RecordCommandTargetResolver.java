package dev.cognitoes.config;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.function.Function;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.axonframework.modelling.command.IdentifierMissingException;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.VersionedAggregateIdentifier;

/**
 * Finds the aggregate a command is for as Axon's {@link AnnotationCommandTargetResolver} does, by the component
 * annotated {@link TargetAggregateIdentifier}, but looks that component up once per command type: Axon's resolver
 * lists the type's fields and methods by reflection on every command. Commands that are not records go to Axon's
 * resolver. A command that names no aggregate gets an {@link IdentifierMissingException}, which Axon takes as "create
 * a new one" where the handler's creation policy allows it. Aggregate versions are not used.
 */
final class RecordCommandTargetResolver implements CommandTargetResolver {

    private final CommandTargetResolver others = AnnotationCommandTargetResolver.builder().build();

    private final ClassValue<Function<CommandMessage<?>, Object>> identifiers = new ClassValue<>() {
        @Override
        protected Function<CommandMessage<?>, Object> computeValue(Class<?> type) {
            if (!type.isRecord()) {
                return command -> others.resolveTarget(command).getIdentifier();
            }
            for (RecordComponent component : type.getRecordComponents()) {
                if (isTarget(type, component)) {
                    Method accessor = component.getAccessor();
                    accessor.setAccessible(true);
                    return command -> read(accessor, command.getPayload());
                }
            }
            return command -> null;
        }
    };

    @Override
    public VersionedAggregateIdentifier resolveTarget(CommandMessage<?> command) {
        Object identifier = identifiers.get(command.getPayloadType()).apply(command);
        if (identifier == null) {
            throw new IdentifierMissingException("Invalid command. It does not identify the target aggregate:"
                    + " no component of " + command.getPayloadType().getName()
                    + " is annotated @TargetAggregateIdentifier and holds a value.");
        }
        return new VersionedAggregateIdentifier(identifier, null);
    }

    private static boolean isTarget(Class<?> type, RecordComponent component) {
        if (component.isAnnotationPresent(TargetAggregateIdentifier.class)
                || component.getAccessor().isAnnotationPresent(TargetAggregateIdentifier.class)) {
            return true;
        }
        try {
            return type.getDeclaredField(component.getName()).isAnnotationPresent(TargetAggregateIdentifier.class);
        } catch (NoSuchFieldException recordsAlwaysHaveTheField) {
            return false;
        }
    }

    private static Object read(Method accessor, Object payload) {
        try {
            return accessor.invoke(payload);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("could not read " + accessor + " of a command", e);
        }
    }
}
