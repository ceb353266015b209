package dev.cognitoes.shared;

/**
 * Issues and opens the pagination tokens of list operations ({@code NextToken}, {@code PaginationToken}): opaque
 * to callers and tamper-evident, so a forged or altered token is refused instead of read.
 */
public interface PageTokens {

    /**
     * @param listName which list the token continues, such as {@code ListUsers:<poolId>}; a token issued for one
     *                 list is refused by another
     * @param position where the next page starts, in the list's own terms (for example the last key returned)
     */
    String issue(String listName, String position);

    /**
     * @return the position the token was issued with
     * @throws CognitoException InvalidParameterException when the token was not issued by this runtime for
     *                          {@code listName}
     */
    String open(String listName, String token);
}
