package dev.cognitoes.user;

import dev.cognitoes.shared.CognitoError;
import dev.cognitoes.shared.CognitoException;
import dev.cognitoes.user.AttributeCommands.AttributeRules;
import dev.cognitoes.userpool.api.SchemaAttribute;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Decides what AdminUpdateUserAttributes and AdminDeleteUserAttributes do to one user's attributes, from the
 * pool's rules and the user's current attributes, or refuses the request with Cognito's error.
 *
 * <p>{@code sub} and immutable attributes cannot be changed; attributes outside the schema do not exist; required
 * attributes cannot be deleted; values follow their attribute's type and constraints. A new {@code email} or
 * {@code phone_number} is unverified, and a verification code is due when the pool auto-verifies it, unless the
 * request sets its {@code _verified} attribute, which then applies as given. Where the pool requires verification
 * before update and the user has a value, the new value only becomes pending. A {@code _verified} attribute needs
 * the attribute it verifies.
 */
final class AttributeChanges {

    static final String EMAIL_REQUIRED = "Email is required to verify/un-verify an email";
    static final String PHONE_NUMBER_REQUIRED = "Phone Number is required to verify/un-verify a phone number";

    private static final List<String> VERIFIABLE = List.of(SignInNames.EMAIL, SignInNames.PHONE_NUMBER);

    private AttributeChanges() {
    }

    /**
     * @param updated attributes to set, with their values
     * @param deleted attributes to remove, or whose pending change to cancel
     * @param pending new values that await verification, by attribute
     * @param verify  the attributes a verification code is due for
     */
    record Plan(Map<String, String> updated, Set<String> deleted, Map<String, String> pending, List<String> verify) {
        boolean changesAttributes() {
            return !updated.isEmpty() || !deleted.isEmpty();
        }
    }

    /** @throws CognitoException InvalidParameterException as Cognito words each refusal */
    static Plan update(AttributeRules rules, Map<String, String> current, Map<String, String> pendingNow,
                       Map<String, String> requested) {
        StringBuilder violations = new StringBuilder();
        requested.forEach((name, value) -> {
            SchemaAttribute attribute = changeable(rules, name);
            if (value.isEmpty()) {
                if (attribute.required()) {
                    violations.append(name).append(": The attribute is required\n");
                }
            } else {
                AttributeSchema.checkFormat(name, value);
                AttributeSchema.violation(attribute, value).ifPresent(v -> violations.append(v).append('\n'));
            }
        });
        if (!violations.isEmpty()) {
            throw invalid(AttributeSchema.NOT_CONFORMING + violations);
        }
        Map<String, String> updated = new TreeMap<>();
        Set<String> deleted = new TreeSet<>();
        Map<String, String> pending = new TreeMap<>();
        List<String> verify = new ArrayList<>();
        requested.forEach((name, value) -> {
            if (VERIFIABLE.contains(name) || VERIFIABLE.contains(verified(name))) {
                return;
            }
            if (!value.isEmpty()) {
                updated.put(name, value);
            } else if (current.containsKey(name)) {
                deleted.add(name);
            }
        });
        for (String attribute : VERIFIABLE) {
            String flag = attribute + "_verified";
            String requestedValue = requested.get(attribute);
            String requestedFlag = requested.get(flag);
            String currentValue = current.get(attribute);
            boolean deleting = "".equals(requestedValue);
            boolean changing = requestedValue != null && !requestedValue.isEmpty()
                    && !requestedValue.equals(currentValue);
            if (requestedFlag != null && !requestedFlag.isEmpty()) {
                if (deleting || !changing && currentValue == null) {
                    throw invalid(attribute.equals(SignInNames.EMAIL) ? EMAIL_REQUIRED : PHONE_NUMBER_REQUIRED);
                }
                if (changing) {
                    updated.put(attribute, requestedValue);
                }
                updated.put(flag, requestedFlag.toLowerCase(Locale.ROOT));
            } else if (changing) {
                if (rules.verifyBeforeUpdate().contains(attribute) && currentValue != null) {
                    pending.put(attribute, requestedValue);
                    verify.add(attribute);
                } else {
                    updated.put(attribute, requestedValue);
                    updated.put(flag, "false");
                    if (rules.autoVerifiedAttributes().contains(attribute)) {
                        verify.add(attribute);
                    }
                }
            } else if ("".equals(requestedFlag) && current.containsKey(flag)) {
                deleted.add(flag);
            }
            if (deleting) {
                removeWithFlag(attribute, current, pendingNow, deleted);
            }
        }
        return new Plan(updated, deleted, pending, verify);
    }

    /** @throws CognitoException InvalidParameterException as Cognito words each refusal */
    static Plan delete(AttributeRules rules, Map<String, String> current, Map<String, String> pendingNow,
                       List<String> names) {
        StringBuilder violations = new StringBuilder();
        for (String name : names) {
            if (changeable(rules, name).required()) {
                violations.append(name).append(": The attribute is required\n");
            }
        }
        if (!violations.isEmpty()) {
            throw invalid(AttributeSchema.NOT_CONFORMING + violations);
        }
        Set<String> deleted = new TreeSet<>();
        for (String name : names) {
            if (VERIFIABLE.contains(name)) {
                removeWithFlag(name, current, pendingNow, deleted);
            } else if (current.containsKey(name)) {
                deleted.add(name);
            }
        }
        return new Plan(Map.of(), deleted, Map.of(), List.of());
    }

    private static void removeWithFlag(String attribute, Map<String, String> current, Map<String, String> pendingNow,
                                       Set<String> deleted) {
        if (current.containsKey(attribute) || pendingNow.containsKey(attribute)) {
            deleted.add(attribute);
        }
        if (current.containsKey(attribute + "_verified")) {
            deleted.add(attribute + "_verified");
        }
    }

    private static SchemaAttribute changeable(AttributeRules rules, String name) {
        if (name.equals("sub")) {
            throw invalid(AttributeSchema.SUB_IMMUTABLE);
        }
        SchemaAttribute attribute = AttributeSchema.find(rules.schema(), name)
                .orElseThrow(() -> invalid("user." + name + ": Attribute does not exist in the schema."));
        if (!attribute.mutable()) {
            throw invalid("user." + name + ": Attribute cannot be updated. (changing an immutable attribute)");
        }
        return attribute;
    }

    private static String verified(String flag) {
        return flag.endsWith("_verified") ? flag.substring(0, flag.length() - "_verified".length()) : "";
    }

    private static CognitoException invalid(String message) {
        return new CognitoException(CognitoError.INVALID_PARAMETER, message);
    }
}
