package dev.cognitoes.http.user;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.cognitoes.http.user.UserWire.AttributeWire;
import dev.cognitoes.http.user.UserWire.CodeDeliveryDetailsWire;
import dev.cognitoes.http.user.UserWire.MfaOptionWire;
import dev.cognitoes.user.api.UserView;
import java.util.List;

/**
 * Maps the wire shapes of the operations that take a token (Cognito's {@code GetUserRequest},
 * {@code GlobalSignOutRequest}, {@code RevokeTokenRequest}, {@code ChangePasswordRequest},
 * {@code GetTokensFromRefreshTokenRequest}, {@code UpdateUserAttributesRequest}, {@code VerifyUserAttributeRequest},
 * ...) to the domain's records and back. {@code ClientMetadata} is accepted and ignored.
 */
final class TokenWire {

    private TokenWire() {
    }

    record AccessTokenRequest(String accessToken) {
    }

    record RevokeTokenRequest(String token, String clientId, String clientSecret) {
    }

    record ChangePasswordRequest(String accessToken, String previousPassword, String proposedPassword) {
    }

    record GetTokensFromRefreshTokenRequest(String refreshToken, String clientId, String clientSecret,
                                            String deviceKey) {
    }

    record UpdateUserAttributesRequest(String accessToken, List<AttributeWire> userAttributes) {
    }

    record UpdateUserAttributesResponse(List<CodeDeliveryDetailsWire> codeDeliveryDetailsList) {
    }

    record DeleteUserAttributesRequest(String accessToken, List<String> userAttributeNames) {
    }

    record GetUserAttributeVerificationCodeRequest(String accessToken, String attributeName) {
    }

    record GetUserAttributeVerificationCodeResponse(CodeDeliveryDetailsWire codeDeliveryDetails) {
    }

    record VerifyUserAttributeRequest(String accessToken, String attributeName, String code) {
    }

    record SetUserSettingsRequest(String accessToken, @JsonProperty("MFAOptions") List<MfaOptionWire> mfaOptions) {
    }

    /**
     * GetUser's answer: {@code MFAOptions} when the user has legacy SMS MFA settings; the newer MFA members are
     * absent, cognito-es keeping no such settings yet.
     */
    record GetUserResponse(String username, List<AttributeWire> userAttributes,
                           @JsonProperty("MFAOptions") List<MfaOptionWire> mfaOptions) {
    }

    /** GetTokensFromRefreshToken's answer: {@code AuthenticationResult} only. */
    record GetTokensFromRefreshTokenResponse(SignInWire.AuthenticationResultWire authenticationResult) {
    }

    static GetUserResponse getUser(UserView user) {
        return new GetUserResponse(user.username(), user.attributes().entrySet().stream()
                .map(attribute -> new AttributeWire(attribute.getKey(), attribute.getValue())).toList(),
                UserWire.mfaOptionList(user));
    }
}
