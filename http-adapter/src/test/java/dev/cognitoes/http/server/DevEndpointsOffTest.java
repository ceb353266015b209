package dev.cognitoes.http.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cognitoes.http.RunningServer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class DevEndpointsOffTest {

    @RegisterExtension
    static final RunningServer server = RunningServer.builder().devEndpoints(false).build();

    @Test
    @DisplayName("without dev endpoints the outbox is not served")
    void outboxIsNotServed() {
        RunningServer.WireResponse response =
                server.send(server.request("/_dev/outbox?userPoolId=us-east-1_abc&username=jane").GET());

        assertThat(response.status()).isEqualTo(404);
    }
}
