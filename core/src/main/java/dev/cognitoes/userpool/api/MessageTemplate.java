package dev.cognitoes.userpool.api;

/**
 * The invitation sent to a user created by an administrator, as Cognito's {@code MessageTemplateType}. Each part
 * is {@code null} when the pool uses Cognito's default text.
 */
public record MessageTemplate(String smsMessage, String emailMessage, String emailSubject) {
    public static final MessageTemplate DEFAULT = new MessageTemplate(null, null, null);
}
