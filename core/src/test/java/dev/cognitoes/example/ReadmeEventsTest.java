package dev.cognitoes.example;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cognitoes.client.api.AppClientEvent;
import dev.cognitoes.group.api.GroupEvent;
import dev.cognitoes.user.api.UserEvent;
import dev.cognitoes.userpool.api.UserPoolEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ReadmeEventsTest {

    private static final Set<Class<?>> EVENTS = Stream.of(UserPoolEvent.class, AppClientEvent.class,
                    UserEvent.class, GroupEvent.class)
            .flatMap(sealed -> Arrays.stream(sealed.getPermittedSubclasses()))
            .collect(Collectors.toSet());

    @Test
    @DisplayName("the README lists exactly the events of every feature")
    void readmeListsEveryEvent() throws Exception {
        String readme = Files.readString(Path.of("../README.md"));
        String table = readme.substring(readme.indexOf("<!-- events:begin -->"), readme.indexOf("<!-- events:end -->"));
        Set<String> listed = table.lines()
                .filter(line -> line.startsWith("| ") && line.contains("Event |"))
                .map(line -> line.substring(2, line.indexOf(" |", 1)).strip())
                .collect(Collectors.toSet());

        assertThat(listed).containsExactlyInAnyOrderElementsOf(
                EVENTS.stream().map(Class::getSimpleName).collect(Collectors.toSet()));
    }

    @Test
    @DisplayName("every event is a record with a revision")
    void everyEventIsARevisedRecord() {
        assertThat(EVENTS).allSatisfy(event -> {
            assertThat(event.isRecord()).as(event.getSimpleName() + " is a record").isTrue();
            assertThat(event.getAnnotation(Revision.class)).as(event.getSimpleName() + " has @Revision").isNotNull();
        });
    }
}
