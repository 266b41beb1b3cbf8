package veille.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import veille.store.CorpusStore;
import veille.store.StoreSearch;
import veille.store.StoreServer;

/** {@code veille serve}: the corpus store's JSON API (docs/store.md), on the loopback interface by default. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the corpus store's JSON API (every endpoint in /openapi.json).",
                "Binds 127.0.0.1 unless --host says otherwise. Stop with Ctrl-C."})
final class ServeCommand implements Callable<Integer> {
    @Option(names = "--store", paramLabel = "DIR", description = "The store folder. Default: the per-user store.")
    Path store;

    @Option(names = "--host", defaultValue = "127.0.0.1", paramLabel = "HOST",
            description = "The address to listen on. Default: ${DEFAULT-VALUE} (this machine only).")
    String host;

    @Option(names = "--port", defaultValue = "8080", paramLabel = "PORT", description = "Default: ${DEFAULT-VALUE}; 0 for any free port.")
    int port;

    @Option(names = "--opensearch", paramLabel = "URL",
            description = {"Serve an OpenSearch index instead of the embedded store (http://host:9200; written by",
                    "bin/veille spark --opensearch). Same API, same web UI."})
    String opensearch;

    @Option(names = "--index", defaultValue = "veille", paramLabel = "NAME",
            description = "The OpenSearch index (with --opensearch). Default: ${DEFAULT-VALUE}.")
    String index;

    @Option(names = "--rate-limit", defaultValue = "100", paramLabel = "N",
            description = "Requests a second per client address (bursts of twice that); 0 for none. Default: ${DEFAULT-VALUE}.")
    int rateLimit;

    @Override
    public Integer call() throws InterruptedException {
        if (opensearch != null) {
            veille.store.OpenSearchBackend backend = new veille.store.OpenSearchBackend(
                    new veille.store.OpenSearchHttp(opensearch), index, veille.kb.KnowledgeBase.builtIn());
            long n;
            try {
                n = backend.count();
            } catch (RuntimeException e) {
                System.err.println("veille: cannot read index " + index + " at " + opensearch + ": " + e.getMessage());
                return Main.USAGE;
            }
            StoreServer server = serve(backend, host, port, rateLimit, "OpenSearch index " + index, null);
            System.err.println("veille: serving OpenSearch index " + index + " at " + opensearch + " (" + n
                    + " articles) at " + server.url() + "  (Ctrl-C stops)");
            waitForever(server);
            return Main.OK;
        }
        Path dir = store != null ? store : CorpusStore.defaultDir();
        CorpusStore st = CorpusStore.openReadOnly(dir, veille.kb.KnowledgeBase.builtIn());
        StoreServer server = serve(new StoreSearch(st), host, port, rateLimit, "store", st.dir());
        System.err.println("veille: serving " + dir + " (" + st.count() + " articles) at " + server.url()
                + "  (Ctrl-C stops)");
        waitForever(server, st);
        return Main.OK;
    }

    /** Starts the API over a store, warning on stderr when it listens beyond this machine. */
    static StoreServer serve(CorpusStore st, String host, int port, int rateLimit) {
        return serve(new StoreSearch(st), host, port, rateLimit, "store", st.dir());
    }

    /** {@code savedDir}: the store folder that keeps saved searches, or null (an OpenSearch index keeps none). */
    static StoreServer serve(veille.store.SearchBackend backend, String host, int port, int rateLimit, String what,
            java.nio.file.Path savedDir) {
        if (!StoreServer.isLoopback(host)) {
            System.err.println("veille: warning: listening on " + host + ": other machines can read this " + what
                    + "; the API has no authentication");
        }
        return StoreServer.start(backend,
                StoreServer.Options.defaults().withHost(host).withPort(port).withRateLimit(rateLimit),
                savedDir == null ? java.util.List.of(new veille.web.WebUi())
                        : java.util.List.of(new veille.web.WebUi(), new veille.store.SavedSearches(savedDir)));
    }

    static void waitForever(StoreServer server, AutoCloseable... then) throws InterruptedException {
        CountDownLatch stop = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            for (AutoCloseable c : then) {
                try {
                    c.close();
                } catch (Exception e) {
                    // shutting down anyway
                }
            }
            stop.countDown();
        }));
        stop.await();
    }
}
