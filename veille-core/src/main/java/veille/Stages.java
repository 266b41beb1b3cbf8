package veille;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import veille.kb.KnowledgeBase;
import veille.pipeline.Stage;
import veille.stage.event.EventStage;
import veille.stage.lang.LanguageStage;
import veille.stage.link.EntityStage;
import veille.stage.ner.NerStage;
import veille.stage.quote.QuoteCues;
import veille.stage.quote.QuoteStage;
import veille.stage.tokenize.TokenizeStage;

/**
 * The registry of stages, in run order: one explicit list, no classpath scanning. It sits beside {@link Analyzer},
 * which builds the standard pipeline from it, so that {@code veille.pipeline} names no stage and the stages depend
 * on the pipeline, never the reverse.
 */
public final class Stages {
    private static final Map<String, Function<KnowledgeBase, Stage>> REGISTRY = new LinkedHashMap<>();

    static {
        // Run order.
        REGISTRY.put("language", kb -> new LanguageStage());
        REGISTRY.put("tokenize", kb -> new TokenizeStage());
        REGISTRY.put("ner", kb -> new NerStage());
        REGISTRY.put("entities", kb -> new EntityStage(kb.actors()));
        REGISTRY.put("quotes", kb -> new QuoteStage(kb.actors(), QuoteCues.builtIn()));
        REGISTRY.put("events", kb -> new EventStage(kb.places()));
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
