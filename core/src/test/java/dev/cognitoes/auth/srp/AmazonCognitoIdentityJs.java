package dev.cognitoes.auth.srp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the real amazon-cognito-identity-js under node and returns what it computed. Installs the pinned package
 * into {@code core/target/npm} on first use. Needs {@code node} and {@code npm} on the PATH; without them the
 * calling test fails, it is not skipped.
 */
final class AmazonCognitoIdentityJs {

    static final String VERSION = "6.3.21";
    static final int RUNS_PER_SALT_KIND = 4;

    private static final String PACKAGE = "amazon-cognito-identity-js";
    private static final String SCRIPT = "cognito-reference.js";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode reference;

    private AmazonCognitoIdentityJs() {
    }

    /**
     * The JSON {@code cognito-reference.js} prints: the library version, its {@code N}, {@code g} and {@code k},
     * {@code verifiers} (half with salts whose top bit is set) and {@code secretHashes} made with node's crypto.
     */
    static synchronized JsonNode reference() {
        if (reference == null) {
            reference = runScript(npmDirectory());
        }
        return reference;
    }

    /**
     * The directory the pinned package is installed in (under {@code node_modules}), installing it on first use,
     * with the test script {@code script} copied from {@code /node/} beside it.
     */
    static synchronized Path npmDirectory(String script) {
        Path npm = npmDirectory();
        copyScript(script, npm);
        return npm;
    }

    private static Path npmDirectory() {
        Path npm = targetDirectory().resolve("npm");
        installPinnedPackage(npm);
        return npm;
    }

    private static void installPinnedPackage(Path npm) {
        Path packageJson = npm.resolve("node_modules").resolve(PACKAGE).resolve("package.json");
        if (installedVersion(packageJson).equals(VERSION)) {
            return;
        }
        run(npm, List.of("npm", "install", "--prefix", npm.toString(), "--no-audit", "--no-fund", "--ignore-scripts",
                "--save-exact", PACKAGE + "@" + VERSION), npm.resolve("npm-install.log"), 10);
        if (!installedVersion(packageJson).equals(VERSION)) {
            throw new AssertionError("npm did not install " + PACKAGE + "@" + VERSION + " into " + npm);
        }
    }

    private static String installedVersion(Path packageJson) {
        if (!Files.isRegularFile(packageJson)) {
            return "";
        }
        try {
            return JSON.readTree(packageJson.toFile()).path("version").asText();
        } catch (IOException e) {
            return "";
        }
    }

    private static void copyScript(String name, Path npm) {
        try (InputStream source = AmazonCognitoIdentityJs.class.getResourceAsStream("/node/" + name)) {
            if (source == null) {
                throw new AssertionError("test resource /node/" + name + " is missing");
            }
            Files.copy(source, npm.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode runScript(Path npm) {
        copyScript(SCRIPT, npm);
        Path script = npm.resolve(SCRIPT);
        Path output = npm.resolve("reference.json");
        run(npm, List.of("node", script.toString(), npm.resolve("node_modules").toString(),
                String.valueOf(RUNS_PER_SALT_KIND)), output, 2);
        try {
            return JSON.readTree(output.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void run(Path directory, List<String> command, Path stdout, long timeoutMinutes) {
        Path stderr = directory.resolve(stdout.getFileName() + ".err");
        try {
            Files.createDirectories(directory);
            Process process;
            try {
                process = new ProcessBuilder(new ArrayList<>(command))
                        .directory(directory.toFile())
                        .redirectOutput(stdout.toFile())
                        .redirectError(stderr.toFile())
                        .start();
            } catch (IOException notOnPath) {
                throw new AssertionError("this test needs node and npm on the PATH; could not run "
                        + command.get(0) + ": " + notOnPath.getMessage(), notOnPath);
            }
            if (!process.waitFor(timeoutMinutes, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError(String.join(" ", command) + " did not finish in " + timeoutMinutes + " min");
            }
            if (process.exitValue() != 0) {
                throw new AssertionError(String.join(" ", command) + " exited with " + process.exitValue() + ":\n"
                        + Files.readString(stderr, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while running " + command.get(0), e);
        }
    }

    private static Path targetDirectory() {
        try {
            Path testClasses = Path.of(AmazonCognitoIdentityJs.class.getProtectionDomain().getCodeSource()
                    .getLocation().toURI());
            return testClasses.getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
