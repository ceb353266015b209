package dev.cognitoes.http.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class WireJsonTest {

    record UserPoolTypeWire(String id, String name, Instant creationDate, List<String> aliasAttributes,
                            @JsonProperty("MFAOptions") List<String> mfaOptions) {
    }

    record CreateUserPoolResponse(UserPoolTypeWire userPool) {
    }

    record ListUserPoolsRequest(Integer maxResults, String nextToken) {
    }

    @Nested
    @DisplayName("when writing a response")
    class Writing {

        @Test
        @DisplayName("names members in PascalCase, honours @JsonProperty and leaves out nulls but not empty lists")
        void names() throws Exception {
            String json = WireJson.mapper().writeValueAsString(new CreateUserPoolResponse(
                    new UserPoolTypeWire("us-east-1_abc", null, null, List.of(), List.of("SMS"))));

            assertThat(json).isEqualTo("{\"UserPool\":{\"Id\":\"us-east-1_abc\",\"AliasAttributes\":[],"
                    + "\"MFAOptions\":[\"SMS\"]}}");
        }

        @Test
        @DisplayName("writes instants as epoch seconds, never in exponent form")
        void instants() throws Exception {
            assertThat(write(Instant.ofEpochSecond(1732700000))).isEqualTo("{\"UserPool\":{\"CreationDate\":1732700000}}");
            assertThat(write(Instant.ofEpochMilli(1732700000123L)))
                    .isEqualTo("{\"UserPool\":{\"CreationDate\":1732700000.123}}");
            assertThat(write(Instant.ofEpochMilli(1732700000100L)))
                    .isEqualTo("{\"UserPool\":{\"CreationDate\":1732700000.1}}");
            assertThat(write(Instant.ofEpochSecond(1732700000, 123_456_789)))
                    .isEqualTo("{\"UserPool\":{\"CreationDate\":1732700000.123}}");
        }

        @Test
        @DisplayName("keeps the plain form in a JSON tree")
        void tree() throws Exception {
            JsonNode tree = WireJson.tree(new CreateUserPoolResponse(
                    new UserPoolTypeWire(null, null, Instant.ofEpochMilli(1732700000500L), null, null)));

            assertThat(WireJson.mapper().writeValueAsString(tree))
                    .isEqualTo("{\"UserPool\":{\"CreationDate\":1732700000.5}}");
        }

        private String write(Instant instant) throws Exception {
            return WireJson.mapper().writeValueAsString(
                    new CreateUserPoolResponse(new UserPoolTypeWire(null, null, instant, null, null)));
        }
    }

    @Nested
    @DisplayName("when reading a request")
    class Reading {

        @Test
        @DisplayName("maps PascalCase members to record components and ignores unknown members")
        void reads() throws Exception {
            JsonNode body = WireJson.mapper().readTree("{\"MaxResults\":10,\"NextToken\":\"t\",\"Other\":1}");

            assertThat(WireJson.read(body, ListUserPoolsRequest.class)).isEqualTo(new ListUserPoolsRequest(10, "t"));
        }

        @Test
        @DisplayName("reads instants from epoch seconds")
        void instants() throws Exception {
            JsonNode body = WireJson.mapper().readTree("{\"UserPool\":{\"CreationDate\":1732700000.25}}");

            assertThat(WireJson.read(body, CreateUserPoolResponse.class).userPool().creationDate())
                    .isEqualTo(Instant.ofEpochMilli(1732700000250L));
        }

        @Test
        @DisplayName("turns a body that does not fit into a SerializationException")
        void misfit() throws Exception {
            JsonNode body = WireJson.mapper().readTree("{\"MaxResults\":\"many\"}");

            assertThatThrownBy(() -> WireJson.read(body, ListUserPoolsRequest.class))
                    .isInstanceOfSatisfying(AwsProtocolException.class,
                            e -> assertThat(e.errorType()).isEqualTo("SerializationException"));
        }
    }
}
