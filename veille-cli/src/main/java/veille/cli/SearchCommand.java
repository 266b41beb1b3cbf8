package veille.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import veille.store.BadRequest;
import veille.store.CorpusStore;
import veille.store.Params;
import veille.store.StoreSearch;

/** {@code veille search}: the store's search on the terminal. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Search the corpus store: words (all required), \"phrases\", OR, NOT, field prefixes",
                "(title: quote: entity: speaker: event: ...; see docs/store.md).",
                "Example: bin/veille search 'entity:Poutine \"coopération stratégique\"' --from 2024-01"})
final class SearchCommand implements Callable<Integer> {
    enum Format { table, jsonl }

    @Parameters(arity = "0..1", paramLabel = "QUERY", description = "The query; none lists every article, newest first.")
    String query;

    @Option(names = "--store", paramLabel = "DIR", description = "The store folder. Default: the per-user store.")
    Path store;

    @Option(names = "--from", paramLabel = "DATE", description = "Published on or after (YYYY-MM-DD, YYYY-MM, YYYY).")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Published on or before.")
    String to;

    @Option(names = "--outlet", paramLabel = "NAME", description = "Outlet (repeat for any of several).")
    List<String> outlets;

    @Option(names = "--lang", paramLabel = "CODE", description = "Language.")
    String lang;

    @Option(names = "--entity", paramLabel = "ID|ALIAS", description = "Entity id or any alias, any script (repeat: all of them).")
    List<String> entities;

    @Option(names = "--event", paramLabel = "TYPE", description = "Event type (CONSULT, AGREE, ...).")
    String event;

    @Option(names = "--state-affiliated", paramLabel = "BOOL", description = "Only state-affiliated outlets (true) or others (false).")
    String stateAffiliated;

    @Option(names = "--sort", paramLabel = "ORDER", description = "relevance, date or date_asc.")
    String sort;

    @Option(names = "--limit", defaultValue = "20", paramLabel = "N", description = "Hits to show (default ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT", description = "table or jsonl.")
    Format format;

    @Override
    public Integer call() {
        Path dir = store != null ? store : CorpusStore.defaultDir();
        Map<String, List<String>> p = new LinkedHashMap<>();
        put(p, "q", query);
        put(p, "from", from);
        put(p, "to", to);
        put(p, "lang", lang);
        put(p, "event", event);
        put(p, "state_affiliated", stateAffiliated);
        put(p, "sort", sort);
        put(p, "limit", String.valueOf(limit));
        if (outlets != null) {
            p.put("outlet", outlets);
        }
        if (entities != null) {
            p.put("entity", entities);
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        try (CorpusStore st = CorpusStore.openReadOnly(dir, veille.kb.KnowledgeBase.builtIn())) {
            Map<String, Object> r = new StoreSearch(st).search(new Params(p));
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> hits = (List<Map<String, Object>>) r.get("hits");
            for (Map<String, Object> h : hits) {
                if (format == Format.jsonl) {
                    out.println(new String(jsonBytes(h), StandardCharsets.UTF_8));
                } else {
                    String title = String.valueOf(h.get("title"));
                    out.printf("%-10s  %-22s  %s  %s%n", h.get("published") == null ? "—" : h.get("published"),
                            cut(h.get("outlet") == null ? "—" : h.get("outlet").toString(), 22),
                            cut(title, 70), h.get("id"));
                }
            }
            if (format == Format.table) {
                out.println(r.get("total") + " article" + (((Integer) r.get("total")) == 1 ? "" : "s")
                        + (hits.size() < (Integer) r.get("total") ? " (first " + hits.size() + " shown; --limit for more)" : ""));
            }
            return Main.OK;
        } catch (BadRequest e) {
            System.err.println("veille: " + e.getMessage());
            return Main.USAGE;
        } catch (CorpusStore.StoreException e) {
            System.err.println("veille: " + e.getMessage());
            return Main.SOME_FAILED;
        }
    }

    private static byte[] jsonBytes(Object o) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsBytes(o);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String cut(String s, int n) {
        return s.length() > n ? s.substring(0, n - 1) + "…" : s;
    }

    private static void put(Map<String, List<String>> p, String k, String v) {
        if (v != null) {
            p.put(k, List.of(v));
        }
    }
}
