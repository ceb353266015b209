package dev.cognitoes.user;

import dev.cognitoes.shared.CognitoError;
import dev.cognitoes.shared.CognitoException;
import dev.cognitoes.shared.PageTokens;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Readable page tokens for tests: the list name and position, base64url-encoded; refused on another list. */
final class TestPageTokens implements PageTokens {

    @Override
    public String issue(String listName, String position) {
        return Base64.getUrlEncoder().encodeToString((listName + "\n" + position).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String open(String listName, String token) {
        String decoded;
        try {
            decoded = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
        if (!decoded.startsWith(listName + "\n")) {
            throw invalid();
        }
        return decoded.substring(listName.length() + 1);
    }

    private static CognitoException invalid() {
        return new CognitoException(CognitoError.INVALID_PARAMETER, "Invalid pagination token");
    }
}
