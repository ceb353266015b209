package dev.cognitoes.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.modelling.command.IdentifierMissingException;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The command target resolver")
class RecordCommandTargetResolverTest {

    private final RecordCommandTargetResolver resolver = new RecordCommandTargetResolver();

    record Rename(String name, @TargetAggregateIdentifier String sub) {
    }

    record Unaddressed(String sub) {
    }

    static final class NotARecord {
        @TargetAggregateIdentifier
        private final String sub;

        NotARecord(String sub) {
            this.sub = sub;
        }
    }

    @Test
    @DisplayName("targets the aggregate a record's annotated component names, on every command of the type")
    void readsTheAnnotatedComponent() {
        assertThat(resolver.resolveTarget(GenericCommandMessage.asCommandMessage(new Rename("jane", "sub-1")))
                .getIdentifier()).isEqualTo("sub-1");
        assertThat(resolver.resolveTarget(GenericCommandMessage.asCommandMessage(new Rename("joe", "sub-2")))
                .getIdentifier()).isEqualTo("sub-2");
    }

    @Test
    @DisplayName("targets the aggregate of a command that is not a record as Axon's own resolver does")
    void delegatesOtherClasses() {
        assertThat(resolver.resolveTarget(GenericCommandMessage.asCommandMessage(new NotARecord("sub-3")))
                .getIdentifier()).isEqualTo("sub-3");
    }

    @Test
    @DisplayName("refuses a record without an annotated component, or whose component is null")
    void refusesCommandsWithoutTarget() {
        assertThatThrownBy(() -> resolver.resolveTarget(GenericCommandMessage.asCommandMessage(
                new Unaddressed("sub-4")))).isInstanceOf(IdentifierMissingException.class)
                .hasMessageContaining(Unaddressed.class.getName());
        assertThatThrownBy(() -> resolver.resolveTarget(GenericCommandMessage.asCommandMessage(
                new Rename("jane", null)))).isInstanceOf(IdentifierMissingException.class);
    }
}
