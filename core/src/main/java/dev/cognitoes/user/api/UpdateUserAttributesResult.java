package dev.cognitoes.user.api;

import java.util.List;

/**
 * What UpdateUserAttributes answers: where verification codes went ({@code CodeDeliveryDetailsList}).
 *
 * @param codeDeliveryDetailsList one entry per code sent; empty when none was due
 */
public record UpdateUserAttributesResult(List<CodeDeliveryDetails> codeDeliveryDetailsList) {
    public UpdateUserAttributesResult {
        codeDeliveryDetailsList = List.copyOf(codeDeliveryDetailsList);
    }
}
