package dev.cognitoes.shared;

/**
 * A request that only reads, answered with an {@code R}.
 *
 * @param <R> what the query answers
 */
public interface CognitoQuery<R> {
}
