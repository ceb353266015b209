package dev.cognitoes.bench.micro;

import dev.cognitoes.auth.token.AccessTokenClaims;
import dev.cognitoes.auth.token.AccessTokenVerifier;
import dev.cognitoes.auth.token.IssuedTokens;
import dev.cognitoes.auth.token.TokenGrant;
import dev.cognitoes.auth.token.TokenIssuer;
import dev.cognitoes.user.api.AdminConfirmSignUpCommand;
import dev.cognitoes.user.api.AdminGetUserQuery;
import dev.cognitoes.user.api.SignUpCommand;
import dev.cognitoes.user.api.UserView;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/** Issuing a sign-in's tokens (ID, access, refresh; two RS256 signatures) and verifying an access token. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class TokenBenchmark {

    private BenchRuntime bench;
    private TokenIssuer issuer;
    private AccessTokenVerifier verifier;
    private TokenGrant grant;
    private String accessToken;

    @Setup(Level.Trial)
    public void setUp() {
        bench = new BenchRuntime();
        bench.runtime.send(new SignUpCommand(bench.client.clientId(), null, "jane", BenchRuntime.PASSWORD,
                Map.of("email", "jane@example.com")));
        bench.runtime.send(new AdminConfirmSignUpCommand(bench.pool.id(), "jane"));
        UserView jane = bench.runtime.query(new AdminGetUserQuery(bench.pool.id(), "jane"));
        issuer = bench.runtime.component(TokenIssuer.class);
        verifier = bench.runtime.component(AccessTokenVerifier.class);
        grant = new TokenGrant(bench.client, jane, Instant.now(), "origin-1", "event-1");
        accessToken = issuer.issue(grant).accessToken();
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        bench.close();
    }

    @Benchmark
    public IssuedTokens issueTokens() {
        return issuer.issue(grant);
    }

    @Benchmark
    public AccessTokenClaims verifyAccessToken() {
        return verifier.verify(accessToken);
    }
}
