package veille;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import veille.kb.KnowledgeBase;
import veille.pipeline.Stage;
import veille.stage.event.EventStage;
import veille.stage.event.EventTriggers;
import veille.stage.lang.LanguageStage;
import veille.stage.link.EntityStage;
import veille.stage.ner.NerStage;
import veille.stage.quote.QuoteCues;
import veille.stage.quote.QuoteStage;
import veille.stage.syntax.SentenceSelector;
import veille.stage.syntax.SyntaxStage;
import veille.stage.talk.TalkingPointStage;
import veille.stage.tokenize.TokenizeStage;

/**
 * The registry of stages, in run order: one explicit list, no classpath scanning. It sits beside {@link Analyzer},
 * which builds the standard pipeline from it, so that {@code veille.pipeline} names no stage and the stages depend
 * on the pipeline, never the reverse.
 *
 * <p>A registered stage is either standard (in the default pipeline) or optional: selected only by name
 * ({@link #named}, {@code bin/veille bench --stages}). The standard {@code syntax} stage parses only the sentences
 * that may hold a quote or an event ({@link #quoteOrEventSentences}).
 */
public final class Stages {
    /** How to build a stage, and whether the default pipeline runs it. */
    private record Entry(Function<KnowledgeBase, Stage> build, boolean standard) {
    }

    private static final Map<String, Entry> REGISTRY = new LinkedHashMap<>();

    static {
        // Run order.
        REGISTRY.put("language", new Entry(kb -> new LanguageStage(), true));
        REGISTRY.put("tokenize", new Entry(kb -> new TokenizeStage(), true));
        REGISTRY.put("syntax", new Entry(kb -> new SyntaxStage(quoteOrEventSentences()), true));
        REGISTRY.put("ner", new Entry(kb -> new NerStage(), true));
        REGISTRY.put("entities", new Entry(kb -> new EntityStage(kb.actors()), true));
        REGISTRY.put("quotes", new Entry(kb -> new QuoteStage(kb.actors(), QuoteCues.builtIn()), true));
        REGISTRY.put("events", new Entry(kb -> new EventStage(kb.places()), true));
        REGISTRY.put("talking-points", new Entry(kb -> new TalkingPointStage(kb.talkingPoints()), true));
    }

    private Stages() {
    }

    /**
     * The sentences the standard pipeline parses: those with a form of a verb of saying or a literal key of
     * an event trigger. The quote and event stages read structure only there, and parsing every sentence would
     * halve the pipeline's throughput (docs/syntax.md, "Speed").
     */
    static SentenceSelector quoteOrEventSentences() {
        QuoteCues cues = QuoteCues.builtIn();
        Predicate<String> events = EventTriggers.builtIn().sentenceTest();
        return (sentence, words) -> {
            for (String w : words) {
                if (cues.mayStartCue(w)) {
                    return true;
                }
            }
            return events.test(sentence.toLowerCase(Locale.ROOT).replace('\u2019', '\''));
        };
    }

    /** The standard stages (the default pipeline), in run order, over the built-in knowledge base. */
    public static List<Stage> standard() {
        return standard(KnowledgeBase.builtIn());
    }

    /** The standard stages (the default pipeline), in run order, over a given knowledge base. */
    public static List<Stage> standard(KnowledgeBase kb) {
        // The actor index and the NER model are the two slow loads: build the index on another core while the
        // stages before it (the model among them) are made. kb.actors() is idempotent, so the stage that needs
        // it simply waits for this thread.
        Thread.ofPlatform().daemon().name("veille-kb-load").start(kb::actors);
        List<Stage> out = new ArrayList<>();
        for (Entry e : REGISTRY.values()) {
            if (e.standard()) {
                out.add(e.build().apply(kb));
            }
        }
        return out;
    }

    /** Every registered stage, the optional ones included, in run order, over a given knowledge base. */
    public static List<Stage> all(KnowledgeBase kb) {
        List<Stage> out = new ArrayList<>();
        for (Entry e : REGISTRY.values()) {
            out.add(e.build().apply(kb));
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
                out.add(e.getValue().build().apply(KnowledgeBase.builtIn()));
            }
        }
        return out;
    }

    /** Names of every registered stage, the optional ones included, in run order. */
    public static List<String> names() {
        return List.copyOf(REGISTRY.keySet());
    }
}
