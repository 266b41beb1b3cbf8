package veille.opensearch;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * One real OpenSearch node for every test of a JVM: {@link LocalNode} in a JVM of its own, on a class path of
 * OpenSearch's jars from the local Maven repository (this module's {@code target/classpath.txt}), so its Lucene never
 * meets the one of the JVM that starts it. Started on first use (15 to 30 s), stopped when that JVM ends (the node's
 * standard input closes with it, so it cannot outlive it). Plain JDK code: a module that depends on this one with
 * every transitive dependency excluded gets this class and none of OpenSearch's.
 */
public final class NodeProcess {
    private NodeProcess() {
    }

    private static String url;
    private static Process process;

    /** The node's HTTP address, {@code http://127.0.0.1:PORT}, starting it on the first call. */
    public static synchronized String url() {
        if (url == null) {
            url = start();
        }
        return url;
    }

    private static String start() {
        Path module = Path.of(System.getProperty("veille.root", "..")).toAbsolutePath()
                .resolve("veille-opensearch-node/target");
        Path cp = module.resolve("classpath.txt");
        if (!Files.isRegularFile(cp) || !Files.isDirectory(module.resolve("classes"))) {
            throw new IllegalStateException("the OpenSearch node is not built: run mvn -pl veille-opensearch-node package ("
                    + cp + " is missing)");
        }
        try {
            Path home = Files.createTempDirectory("veille-opensearch-test");
            Path log = module.resolve("node.log");
            int port;
            try (ServerSocket s = new ServerSocket(0)) {
                port = s.getLocalPort();
            }
            List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xms256m", "-Xmx512m", "-XX:+IgnoreUnrecognizedVMOptions", "--enable-native-access=ALL-UNNAMED",
                    "--sun-misc-unsafe-memory-access=allow", "-cp",
                    module.resolve("classes") + java.io.File.pathSeparator + Files.readString(cp).strip(),
                    "veille.opensearch.LocalNode", "--home", home.toString(), "--port", Integer.toString(port)));
            process = new ProcessBuilder(cmd).redirectError(log.toFile()).start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(home)));
            BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            CompletableFuture<String> ready = CompletableFuture.supplyAsync(() -> {
                try {
                    for (String line = out.readLine(); line != null; line = out.readLine()) {
                        if (line.startsWith("READY ")) {
                            return line.substring(6).strip();
                        }
                    }
                    return null;
                } catch (IOException e) {
                    return null;
                }
            });
            String u = ready.get(240, TimeUnit.SECONDS);
            if (u == null) {
                throw new IllegalStateException("the OpenSearch node stopped before it was ready; its log: " + log
                        + "\n" + tail(log));
            }
            return u;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("the OpenSearch node did not start: " + e, e);
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "";
        }
    }

    private static void stop(Path home) {
        if (process != null) {
            process.destroy();
            try {
                process.waitFor(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            process.destroyForcibly();
        }
        try (Stream<Path> s = Files.walk(home)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder: left to the system
        }
    }
}
