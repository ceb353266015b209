package dev.cognitoes.user;

import dev.cognitoes.delivery.DeliveryMedium;
import dev.cognitoes.user.api.MfaOption;
import dev.cognitoes.userpool.api.SchemaAttribute;
import dev.cognitoes.userpool.api.UserPoolView;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The commands the attribute handler sends to the {@link User} aggregate for the administrator's attribute, status
 * and settings operations. Records carrying codes leave them out of toString.
 */
final class AttributeCommands {

    private AttributeCommands() {
    }

    /** What decides an attribute change: the pool's schema and its verification settings. */
    record AttributeRules(List<SchemaAttribute> schema, Set<String> autoVerifiedAttributes,
                          Set<String> verifyBeforeUpdate) {
        AttributeRules {
            schema = List.copyOf(schema);
            autoVerifiedAttributes = Set.copyOf(autoVerifiedAttributes);
            verifyBeforeUpdate = Set.copyOf(verifyBeforeUpdate);
        }

        static AttributeRules of(UserPoolView pool) {
            return new AttributeRules(pool.schema(), pool.settings().autoVerifiedAttributes(),
                    pool.settings().attributesRequireVerificationBeforeUpdate());
        }
    }

    /**
     * Sets ({@code update}, blank values deleting) or deletes ({@code delete}) attributes of the user. {@code codes}
     * holds a fresh code for {@code email} and one for {@code phone_number}, used if a verification message is
     * due.
     */
    record ChangeAttributes(@TargetAggregateIdentifier String sub, Map<String, String> update, List<String> delete,
                            AttributeRules rules, Map<String, String> codes) {
        ChangeAttributes {
            update = Collections.unmodifiableMap(new LinkedHashMap<>(update));
            delete = List.copyOf(delete);
            codes = Map.copyOf(codes);
        }

        @Override
        public String toString() {
            return "ChangeAttributes[sub=" + sub + ", update=" + update.keySet() + ", delete=" + delete + "]";
        }
    }

    /**
     * What a ChangeAttributes did: the user's sign-in attributes ({@code email}, {@code phone_number},
     * {@code preferred_username} and the verified flags) before and after, and the verification messages due.
     */
    record AttributesChanged(String username, Map<String, String> before, Map<String, String> after,
                             List<VerificationMessage> messages) {
    }

    /** A verification code to deliver once the change is committed. */
    record VerificationMessage(String attributeName, DeliveryMedium medium, String destination, String code) {
        @Override
        public String toString() {
            return "VerificationMessage[attributeName=" + attributeName + ", medium=" + medium + "]";
        }
    }

    /** Sends {@code code} to verify the user's {@code email} or {@code phone_number}: to the pending value if any. */
    record SendAttributeVerificationCode(@TargetAggregateIdentifier String sub, String attributeName, String code) {
        @Override
        public String toString() {
            return "SendAttributeVerificationCode[sub=" + sub + ", attributeName=" + attributeName + "]";
        }
    }

    /** Verifies the user's {@code email} or {@code phone_number} with the code sent to it. */
    record VerifyAttribute(@TargetAggregateIdentifier String sub, String attributeName, String code) {
        @Override
        public String toString() {
            return "VerifyAttribute[sub=" + sub + ", attributeName=" + attributeName + "]";
        }
    }

    record DisableUser(@TargetAggregateIdentifier String sub) {
    }

    record EnableUser(@TargetAggregateIdentifier String sub) {
    }

    record SetMfaOptions(@TargetAggregateIdentifier String sub, List<MfaOption> options) {
        SetMfaOptions {
            options = List.copyOf(options);
        }
    }
}
