package dev.cognitoes.delivery;

/**
 * Masks a destination the way Cognito shows it in {@code CodeDeliveryDetails}: {@code j***@e***} for
 * {@code jane@example.com} and {@code +*******0100} for {@code +15555550100}.
 */
public final class DestinationMask {

    private DestinationMask() {
    }

    public static String mask(DeliveryMedium medium, String destination) {
        return medium == DeliveryMedium.EMAIL ? maskEmail(destination) : maskPhoneNumber(destination);
    }

    private static String maskEmail(String email) {
        int at = email.indexOf('@');
        if (at <= 0 || at == email.length() - 1) {
            return "***";
        }
        return email.charAt(0) + "***@" + email.charAt(at + 1) + "***";
    }

    private static String maskPhoneNumber(String phoneNumber) {
        int visible = Math.min(4, phoneNumber.length());
        String lastDigits = phoneNumber.substring(phoneNumber.length() - visible);
        int hidden = phoneNumber.length() - visible - (phoneNumber.startsWith("+") ? 1 : 0);
        return (phoneNumber.startsWith("+") ? "+" : "") + "*".repeat(Math.max(0, hidden)) + lastDigits;
    }
}
