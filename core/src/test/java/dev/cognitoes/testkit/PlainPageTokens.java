package dev.cognitoes.testkit;

import dev.cognitoes.shared.CognitoError;
import dev.cognitoes.shared.CognitoException;
import dev.cognitoes.shared.PageTokens;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Page tokens that carry the list name and position in base64: checked for the list, not tamper-evident. */
public final class PlainPageTokens implements PageTokens {

    @Override
    public String issue(String listName, String position) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((listName + "\n" + position).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String open(String listName, String token) {
        String decoded;
        try {
            decoded = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            throw invalid();
        }
        int newline = decoded.indexOf('\n');
        if (newline < 0 || !decoded.substring(0, newline).equals(listName)) {
            throw invalid();
        }
        return decoded.substring(newline + 1);
    }

    private static CognitoException invalid() {
        return new CognitoException(CognitoError.INVALID_PARAMETER, "Invalid pagination token.");
    }
}
