package veille.opensearch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.opensearch.Version;
import org.opensearch.common.settings.Settings;
import org.opensearch.node.InternalSettingsPreparer;
import org.opensearch.node.Node;
import org.opensearch.plugins.PluginInfo;

/**
 * One OpenSearch node in this JVM, on the loopback interface: {@code LocalNode --home DIR --port N}. Prints
 * {@code READY http://127.0.0.1:N} on stdout once it answers, and stops when its standard input closes (so a test that
 * started it cannot leave it behind) or on SIGTERM. Single-node discovery, security off: for tests and trying out.
 */
public final class LocalNode {
    private LocalNode() {
    }

    /** The plugins a distribution would load as modules: HTTP and the analysis the Veille mapping uses. */
    private static final List<String> PLUGINS = List.of("org.opensearch.transport.Netty4ModulePlugin",
            "org.opensearch.analysis.common.CommonAnalysisModulePlugin");

    private static final class ClasspathNode extends Node {
        ClasspathNode(Settings settings) {
            super(InternalSettingsPreparer.prepareEnvironment(settings, Map.of(), null, () -> "veille"),
                    PLUGINS.stream().map(p -> new PluginInfo(p, "class-path plugin", "NA", Version.CURRENT,
                            Integer.toString(Runtime.version().feature()), p, List.of(), false)).toList(), true);
        }
    }

    public static void main(String[] args) throws Exception {
        Path home = null;
        int port = 9200;
        boolean watchStdin = true;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--home" -> home = Path.of(args[++i]);
                case "--port" -> port = Integer.parseInt(args[++i]);
                case "--no-stdin" -> watchStdin = false;
                default -> {
                    System.err.println("usage: LocalNode [--home DIR] [--port N] [--no-stdin]");
                    System.exit(64);
                }
            }
        }
        if (home == null) {
            home = Files.createTempDirectory("veille-opensearch");
        }
        Files.createDirectories(home.resolve("data"));
        Settings settings = Settings.builder()
                .put("path.home", home.toString())
                .put("path.data", home.resolve("data").toString())
                .put("cluster.name", "veille-local")
                .put("node.name", "veille")
                .put("discovery.type", "single-node")
                .put("network.host", "127.0.0.1")
                .put("http.port", Integer.toString(port))
                .put("transport.port", "0")
                // A test corpus on a shared disk: do not stop writing because the disk is fuller than 85 %.
                .put("cluster.routing.allocation.disk.threshold_enabled", "false")
                .build();
        Node node = new ClasspathNode(settings);
        node.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> close(node)));
        System.out.println("READY http://127.0.0.1:" + port);
        System.out.flush();
        if (watchStdin) {
            InputStream in = System.in;
            while (in.read() >= 0) {
                // the parent keeps the pipe open while it wants the node
            }
            System.exit(0);
        }
        Thread.currentThread().join();
    }

    private static void close(Node node) {
        try {
            node.close();
        } catch (IOException e) {
            // stopping anyway
        }
    }
}
