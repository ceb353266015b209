package dev.cognitoes.shared;

import java.util.Objects;

/**
 * What a command handler returns, instead of throwing, when the caller must get an error but the events applied
 * so far must still be stored. A failed confirmation attempt is the example: the attempt counts towards the
 * attempt limit, and the caller still gets {@code CodeMismatchException}. The runtime throws {@link #error()}
 * after the unit of work has committed.
 */
public record Rejected(CognitoException error) {
    public Rejected {
        Objects.requireNonNull(error, "error");
    }
}
