package dev.cognitoes.client.api;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * How long one kind of token lives: a number and its unit, as Cognito keeps {@code AccessTokenValidity} with
 * {@code TokenValidityUnits.AccessToken}.
 *
 * @param unit {@code seconds}, {@code minutes}, {@code hours} or {@code days}
 */
public record TokenValidity(long value, String unit) {
    public TokenValidity {
        Objects.requireNonNull(unit, "unit");
        if (value < 0) {
            throw new IllegalArgumentException("value must not be negative, was " + value);
        }
        toChronoUnit(unit);
    }

    public Duration duration() {
        return Duration.of(value, toChronoUnit(unit));
    }

    private static ChronoUnit toChronoUnit(String unit) {
        return switch (unit) {
            case "seconds" -> ChronoUnit.SECONDS;
            case "minutes" -> ChronoUnit.MINUTES;
            case "hours" -> ChronoUnit.HOURS;
            case "days" -> ChronoUnit.DAYS;
            default -> throw new IllegalArgumentException("unknown time unit '" + unit + "'");
        };
    }
}
