package dev.cognitoes.userpool.api;

import java.util.Objects;

/**
 * The messages that carry verification codes, as Cognito's {@code VerificationMessageTemplateType}. Each text is
 * {@code null} when the pool uses Cognito's default.
 */
public record VerificationMessageTemplate(String smsMessage, String emailMessage, String emailSubject,
                                          String emailMessageByLink, String emailSubjectByLink,
                                          DefaultEmailOption defaultEmailOption) {

    public static final VerificationMessageTemplate DEFAULT =
            new VerificationMessageTemplate(null, null, null, null, null, DefaultEmailOption.CONFIRM_WITH_CODE);

    public VerificationMessageTemplate {
        Objects.requireNonNull(defaultEmailOption, "defaultEmailOption");
    }

    /** Whether verification emails carry a code or a link, as Cognito's {@code DefaultEmailOptionType}. */
    public enum DefaultEmailOption {
        CONFIRM_WITH_LINK,
        CONFIRM_WITH_CODE
    }
}
