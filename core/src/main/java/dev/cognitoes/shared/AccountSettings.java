package dev.cognitoes.shared;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The AWS account and region this runtime answers as: they appear in user pool ids and ARNs.
 *
 * @param accountId     twelve digits, {@code 000000000000} by default
 * @param defaultRegion the region of requests that name none, {@code us-east-1} by default
 */
public record AccountSettings(String accountId, String defaultRegion) {

    private static final Pattern ACCOUNT_ID = Pattern.compile("\\d{12}");
    private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d");

    public static final AccountSettings DEFAULT = new AccountSettings("000000000000", "us-east-1");

    public AccountSettings {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(defaultRegion, "defaultRegion");
        if (!ACCOUNT_ID.matcher(accountId).matches()) {
            throw new IllegalArgumentException("accountId must be twelve digits, was '" + accountId + "'");
        }
        if (!isRegion(defaultRegion)) {
            throw new IllegalArgumentException("defaultRegion must look like 'us-east-1', was '" + defaultRegion + "'");
        }
    }

    /** Whether {@code name} has the form of an AWS region name, such as {@code eu-west-2}. */
    public static boolean isRegion(String name) {
        return name != null && REGION.matcher(name).matches();
    }
}
