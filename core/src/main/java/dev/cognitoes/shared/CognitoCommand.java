package dev.cognitoes.shared;

/**
 * A request that may change state, answered with an {@code R}.
 *
 * @param <R> what the command answers when it succeeds
 */
public interface CognitoCommand<R> {
}
