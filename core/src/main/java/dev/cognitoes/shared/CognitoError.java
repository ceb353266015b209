package dev.cognitoes.shared;

/**
 * Every error the Amazon Cognito Identity Provider API defines, named exactly as AWS names it on the wire
 * ({@code __type} and {@code x-amzn-ErrorType}), with the HTTP status AWS answers it with.
 *
 * <p>The list mirrors the exception shapes of the AWS service model; a test in the HTTP adapter fails when the
 * two drift apart.
 */
public enum CognitoError {
    ACCESS_DENIED("AccessDeniedException", 400),
    ALIAS_EXISTS("AliasExistsException", 400),
    CODE_DELIVERY_FAILURE("CodeDeliveryFailureException", 400),
    CODE_MISMATCH("CodeMismatchException", 400),
    CONCURRENT_MODIFICATION("ConcurrentModificationException", 400),
    DEVICE_KEY_EXISTS("DeviceKeyExistsException", 400),
    DUPLICATE_PROVIDER("DuplicateProviderException", 400),
    ENABLE_SOFTWARE_TOKEN_MFA("EnableSoftwareTokenMFAException", 400),
    EXPIRED_CODE("ExpiredCodeException", 400),
    FEATURE_UNAVAILABLE_IN_TIER("FeatureUnavailableInTierException", 400),
    FORBIDDEN("ForbiddenException", 400),
    GROUP_EXISTS("GroupExistsException", 400),
    INTERNAL_ERROR("InternalErrorException", 500),
    INTERNAL_SERVER("InternalServerException", 500),
    INVALID_EMAIL_ROLE_ACCESS_POLICY("InvalidEmailRoleAccessPolicyException", 400),
    INVALID_LAMBDA_RESPONSE("InvalidLambdaResponseException", 400),
    INVALID_O_AUTH_FLOW("InvalidOAuthFlowException", 400),
    INVALID_PARAMETER("InvalidParameterException", 400),
    INVALID_PASSWORD("InvalidPasswordException", 400),
    INVALID_SMS_ROLE_ACCESS_POLICY("InvalidSmsRoleAccessPolicyException", 400),
    INVALID_SMS_ROLE_TRUST_RELATIONSHIP("InvalidSmsRoleTrustRelationshipException", 400),
    INVALID_USER_POOL_CONFIGURATION("InvalidUserPoolConfigurationException", 400),
    LIMIT_EXCEEDED("LimitExceededException", 400),
    MFA_METHOD_NOT_FOUND("MFAMethodNotFoundException", 400),
    MANAGED_LOGIN_BRANDING_EXISTS("ManagedLoginBrandingExistsException", 400),
    NOT_AUTHORIZED("NotAuthorizedException", 400),
    OPERATION_NOT_ENABLED("OperationNotEnabledException", 400),
    PASSWORD_HISTORY_POLICY_VIOLATION("PasswordHistoryPolicyViolationException", 400),
    PASSWORD_RESET_REQUIRED("PasswordResetRequiredException", 400),
    PRECONDITION_NOT_MET("PreconditionNotMetException", 400),
    REFRESH_TOKEN_REUSE("RefreshTokenReuseException", 400),
    RESOURCE_NOT_FOUND("ResourceNotFoundException", 400),
    SCOPE_DOES_NOT_EXIST("ScopeDoesNotExistException", 400),
    SERVICE_QUOTA_EXCEEDED("ServiceQuotaExceededException", 400),
    SOFTWARE_TOKEN_MFA_NOT_FOUND("SoftwareTokenMFANotFoundException", 400),
    TERMS_EXISTS("TermsExistsException", 400),
    TIER_CHANGE_NOT_ALLOWED("TierChangeNotAllowedException", 400),
    TOO_MANY_FAILED_ATTEMPTS("TooManyFailedAttemptsException", 400),
    TOO_MANY_REQUESTS("TooManyRequestsException", 400),
    UNAUTHORIZED("UnauthorizedException", 400),
    UNEXPECTED_LAMBDA("UnexpectedLambdaException", 400),
    UNSUPPORTED_IDENTITY_PROVIDER("UnsupportedIdentityProviderException", 400),
    UNSUPPORTED_OPERATION("UnsupportedOperationException", 400),
    UNSUPPORTED_TOKEN_TYPE("UnsupportedTokenTypeException", 400),
    UNSUPPORTED_USER_STATE("UnsupportedUserStateException", 400),
    USER_IMPORT_IN_PROGRESS("UserImportInProgressException", 400),
    USER_LAMBDA_VALIDATION("UserLambdaValidationException", 400),
    USER_NOT_CONFIRMED("UserNotConfirmedException", 400),
    USER_NOT_FOUND("UserNotFoundException", 400),
    USER_POOL_ADD_ON_NOT_ENABLED("UserPoolAddOnNotEnabledException", 400),
    USER_POOL_TAGGING("UserPoolTaggingException", 400),
    USERNAME_EXISTS("UsernameExistsException", 400),
    WEB_AUTHN_CHALLENGE_NOT_FOUND("WebAuthnChallengeNotFoundException", 400),
    WEB_AUTHN_CLIENT_MISMATCH("WebAuthnClientMismatchException", 400),
    WEB_AUTHN_CONFIGURATION_MISSING("WebAuthnConfigurationMissingException", 400),
    WEB_AUTHN_CREDENTIAL_NOT_SUPPORTED("WebAuthnCredentialNotSupportedException", 400),
    WEB_AUTHN_NOT_ENABLED("WebAuthnNotEnabledException", 400),
    WEB_AUTHN_ORIGIN_NOT_ALLOWED("WebAuthnOriginNotAllowedException", 400),
    WEB_AUTHN_RELYING_PARTY_MISMATCH("WebAuthnRelyingPartyMismatchException", 400);

    private final String awsName;
    private final int httpStatus;

    CognitoError(String awsName, int httpStatus) {
        this.awsName = awsName;
        this.httpStatus = httpStatus;
    }

    /** The error's name as AWS writes it, for example {@code UserNotFoundException}. */
    public String awsName() {
        return awsName;
    }

    /** The HTTP status AWS answers this error with: 500 for internal errors, 400 for everything else. */
    public int httpStatus() {
        return httpStatus;
    }
}
