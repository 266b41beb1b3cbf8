package veille.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import veille.kb.KnowledgeBase;

/**
 * The registry of stages, in run order: one explicit list, no classpath scanning.
 */
public final class Stages {
    private static final Map<String, Function<KnowledgeBase, Stage>> REGISTRY = new LinkedHashMap<>();

    static {
        // Run order.
        REGISTRY.put("language", kb -> new veille.stage.lang.LanguageStage());
        REGISTRY.put("tokenize", kb -> new veille.stage.tokenize.TokenizeStage());
        REGISTRY.put("ner", kb -> new veille.stage.ner.NerStage());
        REGISTRY.put("entities", kb -> new veille.stage.link.EntityStage(kb.actors()));
        REGISTRY.put("quotes", kb -> new veille.stage.quote.QuoteStage(kb.actors(), veille.stage.quote.QuoteCues.builtIn()));
        REGISTRY.put("events", kb -> new veille.stage.event.EventStage(kb.places()));
    }

    private Stages() {
    }

    /** Every registered stage, in run order, over the built-in knowledge base. */
    public static List<Stage> standard() {
        return standard(KnowledgeBase.builtIn());
    }

    /** Every registered stage, in run order, over a given knowledge base. */
    public static List<Stage> standard(KnowledgeBase kb) {
        // The actor index and the NER model are the two slow loads: build the index on another core while the
        // stages before it (the model among them) are made. kb.actors() is idempotent, so the stage that needs
        // it simply waits for this thread.
        Thread.ofPlatform().daemon().name("veille-kb-load").start(kb::actors);
        List<Stage> out = new ArrayList<>();
        for (Function<KnowledgeBase, Stage> s : REGISTRY.values()) {
            out.add(s.apply(kb));
        }
        return out;
    }

    /** The named stages, in the registry's order; throws listing the known names for an unknown one. */
    public static List<Stage> named(List<String> names) {
        for (String n : names) {
            if (!REGISTRY.containsKey(n)) {
                throw new IllegalArgumentException("No stage '" + n + "'. Known: " + String.join(", ", REGISTRY.keySet()));
            }
        }
        List<Stage> out = new ArrayList<>();
        for (var e : REGISTRY.entrySet()) {
            if (names.contains(e.getKey())) {
                out.add(e.getValue().apply(KnowledgeBase.builtIn()));
            }
        }
        return out;
    }

    /** Names of every registered stage, in run order. */
    public static List<String> names() {
        return List.copyOf(REGISTRY.keySet());
    }
}
