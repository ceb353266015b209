package dev.cognitoes.http.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cognitoes.http.model.Shape.ListShape;
import dev.cognitoes.http.model.Shape.MapShape;
import dev.cognitoes.http.model.Shape.NumberShape;
import dev.cognitoes.http.model.Shape.StringShape;
import dev.cognitoes.http.model.Shape.StructureShape;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.OptionalLong;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ServiceModelTest {

    private final ServiceModel model = ServiceModel.shipped();

    @Test
    @DisplayName("reads all 129 operations with their input, output and errors")
    void readsOperations() {
        assertThat(model.operations()).hasSize(129);
        assertThat(model.targetPrefix()).isEqualTo("AWSCognitoIdentityProviderService");
        OperationModel signUp = model.operation("SignUp").orElseThrow();
        assertThat(signUp.inputShape()).isEqualTo("SignUpRequest");
        assertThat(signUp.outputShape()).contains("SignUpResponse");
        assertThat(signUp.errors()).contains("UsernameExistsException", "InvalidPasswordException");
        assertThat(model.operation("AddCustomAttributes").orElseThrow().outputShape()).isPresent();
        assertThat(model.operation("NoSuchOperation")).isEmpty();
    }

    @Test
    @DisplayName("reads structures with their members in model order and their required members")
    void readsStructures() {
        StructureShape request = (StructureShape) model.shape("AdminCreateUserRequest");

        assertThat(request.members().keySet()).startsWith("UserPoolId", "Username", "UserAttributes");
        assertThat(request.members().get("Username").shape()).isEqualTo("UsernameType");
        assertThat(request.required()).containsExactlyInAnyOrder("UserPoolId", "Username");
        assertThat(((StructureShape) model.shape("Document")).document()).isTrue();
    }

    @Test
    @DisplayName("reads string constraints: lengths, a compiled pattern, enum values and sensitivity")
    void readsStrings() {
        StringShape username = (StringShape) model.shape("UsernameType");
        StringShape mfa = (StringShape) model.shape("UserPoolMfaType");

        assertThat(username.min()).isEqualTo(OptionalLong.of(1));
        assertThat(username.max()).isEqualTo(OptionalLong.of(128));
        assertThat(username.pattern().pattern()).isEqualTo("[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]+");
        assertThat(username.sensitive()).isTrue();
        assertThat(mfa.enumValues()).containsExactly("OFF", "ON", "OPTIONAL");
        assertThat(mfa.sensitive()).isFalse();
    }

    @Test
    @DisplayName("reads numbers, lists and maps with their bounds")
    void readsNumbersListsAndMaps() {
        NumberShape limit = (NumberShape) model.shape("PoolQueryLimitType");
        ListShape attributes = (ListShape) model.shape("AttributeListType");
        MapShape links = (MapShape) model.shape("LinksType");

        assertThat(limit.min()).isEqualTo(OptionalLong.of(1));
        assertThat(limit.max()).isEqualTo(OptionalLong.of(60));
        assertThat(limit.isLong()).isFalse();
        assertThat(((NumberShape) model.shape("LongType")).isLong()).isTrue();
        assertThat(attributes.member()).isEqualTo("AttributeType");
        assertThat(links.key()).isEqualTo("LanguageIdType");
        assertThat(links.max()).isEqualTo(OptionalLong.of(13));
    }

    @Test
    @DisplayName("lists the exception shapes")
    void listsExceptions() {
        assertThat(model.exceptionNames()).contains("InvalidParameterException", "InternalErrorException")
                .doesNotContain("SignUpRequest");
    }

    @Test
    @DisplayName("refuses a model whose shapes refer to an undefined shape")
    void refusesDanglingReferences() {
        String broken = "{\"metadata\":{\"targetPrefix\":\"X\"},\"operations\":{\"Op\":{\"input\":{\"shape\":\"In\"}}},"
                + "\"shapes\":{\"In\":{\"type\":\"structure\",\"members\":{\"A\":{\"shape\":\"Missing\"}}}}}";

        assertThatThrownBy(() -> ServiceModel.read(new ByteArrayInputStream(broken.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Missing");
    }

    @Test
    @DisplayName("fails with a clear message when the model resource is missing")
    void missingResource() {
        assertThatThrownBy(() -> ServiceModel.read(null)).hasMessageContaining(ServiceModel.RESOURCE);
    }
}
