package veille.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import veille.Analyzer;
import veille.Stages;
import veille.doc.Amount;
import veille.doc.Annotation;
import veille.doc.Document;
import veille.doc.Entity;
import veille.doc.Event;
import veille.doc.Input;
import veille.doc.InputFormat;
import veille.doc.Language;
import veille.doc.Layer;
import veille.doc.Quote;
import veille.io.InputReader;
import veille.kb.KnowledgeBase;
import veille.testing.Shared;

/**
 * The contract every registered stage keeps (after Lucene's BaseTokenStreamTestCase): the text is unchanged, it
 * writes only what it declares, spans are in bounds and sorted, an empty document works, random text never throws;
 * and, run after the stages it requires on real articles, it finds something, and every offset it writes (quotes,
 * events and their evidence, entity mentions, amounts) lies in the text, with the quoted or stated words there.
 */
class StageContractTest {
    /** Every registered stage, the optional ones ({@code syntax}) included. */
    static Stream<Stage> stages() {
        return Stages.all(KnowledgeBase.builtIn()).stream();
    }

    static Stream<String> stageNames() {
        return Stages.names().stream();
    }

    /** The bundled samples (with their invented actors' table), and the seeds when ../shared is there. */
    private static final KnowledgeBase KB = KnowledgeBase.withFolder(Shared.root().resolve("samples/kb"));
    private static final List<Stage> ALL = Stages.all(KB);
    private static final List<Input> ARTICLES = articles();

    private static List<Input> articles() {
        List<Path> files = new ArrayList<>(list(Shared.root().resolve("samples/articles")));
        Shared.shared().map(s -> s.resolve("seeds")).filter(Files::isDirectory)
                .ifPresent(seeds -> files.addAll(list(seeds)));
        List<Input> out = new ArrayList<>();
        for (Path f : files) {
            try {
                out.add(InputReader.withDefaults().read(f, f.toString(), InputFormat.TEXT));
            } catch (veille.io.InputException e) {
                throw new IllegalStateException("Cannot read " + f, e);
            }
        }
        return out;
    }

    private static List<Path> list(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The stage named, after the registered stages that produce what it requires (and theirs), in run order. */
    static List<Stage> withRequirements(List<Stage> all, String name) {
        int at = all.stream().map(Stage::name).toList().indexOf(name);
        List<Stage> out = new ArrayList<>(List.of(all.get(at)));
        Set<String> wanted = new HashSet<>(all.get(at).requires());
        for (int i = at - 1; i >= 0; i--) {
            Stage s = all.get(i);
            if (!Collections.disjoint(s.produces(), wanted)) {
                out.addFirst(s);
                wanted.addAll(s.requires());
            }
        }
        return out;
    }

    @ParameterizedTest
    @MethodSource("stageNames")
    void afterWhatItRequiresFindsSomethingInArticlesWithEveryOffsetInTheText(String name) {
        List<Stage> stages = withRequirements(ALL, name);
        Analyzer analyzer = Analyzer.withStages(KB, stages); // Pipeline.of checks the requirements are met
        assertThat(ARTICLES).hasSizeGreaterThanOrEqualTo(15);
        Map<String, Integer> found = new TreeMap<>();
        for (String out : stages.getLast().produces()) {
            found.put(out, 0);
        }
        for (Input input : ARTICLES) {
            Document d = analyzer.analyze(input);
            assertOffsetsInText(d);
            found.replaceAll((out, n) -> n + count(d, out));
        }
        assertThat(found).as("what stage '%s' found in %d articles", name, ARTICLES.size())
                .allSatisfy((out, n) -> assertThat(n).as(out).isPositive());
    }

    /** How many items a stage's output holds in {@code d}: a layer's annotations, a fact's list, or 1 for a fact. */
    private static int count(Document d, String out) {
        if (d.layers().containsKey(out)) {
            return d.layers().get(out).items().size();
        }
        Object fact = d.facts().get(out);
        return switch (fact) {
            case null -> 0;
            case Quote.Quotes q -> q.all().size();
            case Event.Events e -> e.all().size();
            case Entity.Entities e -> e.all().size();
            case Amount.Amounts a -> a.all().size();
            case Language l -> l.equals(Language.UNDETERMINED) ? 0 : 1;
            default -> 1;
        };
    }

    /** Every offset of every layer and fact lies in the text; quoted and stated words are the text's. */
    static void assertOffsetsInText(Document d) {
        String text = d.text();
        for (Layer<?> layer : d.layers().values()) {
            for (Annotation a : layer.items()) {
                assertSpan(d, layer.key().name(), a.start(), a.end());
            }
        }
        for (Quote q : d.find(Quote.KEY).map(Quote.Quotes::all).orElse(List.of())) {
            String what = "quote " + q.text();
            assertSpan(d, what, q.start(), q.end());
            assertSpan(d, what + " (sentence)", q.sentenceStart(), q.sentenceEnd());
            assertThat(q.sentenceStart()).as(what).isLessThanOrEqualTo(q.start());
            assertThat(q.sentenceEnd()).as(what).isGreaterThanOrEqualTo(q.end());
            if (q.cueStart() >= 0 || q.cueEnd() >= 0) {
                assertSpan(d, what + " (cue)", q.cueStart(), q.cueEnd());
            }
            // every occurrence in text order, the attributed one among them (an uncued copy in the title may precede it)
            assertThat(q.positions()).as(what).contains(new Quote.Position(q.start(), q.end()))
                    .isSortedAccordingTo(java.util.Comparator.comparingInt(Quote.Position::start));
            for (Quote.Position p : q.positions()) {
                assertSpan(d, what + " (position)", p.start(), p.end());
                assertThat(text.substring(p.start(), p.end())).as(what + " (position)").isNotBlank();
            }
            if (!q.flags().contains("continued")) {
                // a quotation continued over paragraphs folds its break and continuation mark (Quote#text)
                assertThat(q.text()).as("quote at %d in %s", q.start(), d.id()).isEqualTo(text.substring(q.start(), q.end()));
            }
        }
        for (Event e : d.find(Event.KEY).map(Event.Events::all).orElse(List.of())) {
            String what = "event " + e.type() + " at " + e.start();
            assertSpan(d, what + " (trigger)", e.start(), e.end());
            assertThat(e.evidence()).as(what).isNotEmpty();
            for (Event.Evidence ev : e.evidence()) {
                assertSpan(d, what + " (evidence)", ev.start(), ev.end());
            }
            assertThat(e.evidence()).as(what + ": the trigger lies in an evidence span")
                    .anySatisfy(ev -> assertThat(ev.start() <= e.start() && e.end() <= ev.end()).isTrue());
        }
        for (Entity e : d.find(Entity.KEY).map(Entity.Entities::all).orElse(List.of())) {
            for (Entity.Mention m : e.mentions()) {
                assertSpan(d, "mention of " + e.id(), m.start(), m.end());
            }
        }
        for (Amount a : d.find(Amount.KEY).map(Amount.Amounts::all).orElse(List.of())) {
            assertSpan(d, "amount " + a.text(), a.start(), a.end());
            assertThat(a.text()).as("amount at %d in %s", a.start(), d.id()).isEqualTo(text.substring(a.start(), a.end()));
        }
    }

    private static void assertSpan(Document d, String what, int start, int end) {
        assertThat(start).as("%s in %s: start", what, d.id()).isBetween(0, d.text().length());
        assertThat(end).as("%s in %s: end", what, d.id()).isBetween(start, d.text().length());
    }

    private static final List<String> TEXTS = List.of(
            "",
            "Beijing - La Chine a réaffirmé, mercredi, son engagement.\n\n« La coopération ne vise aucune tierce partie », a-t-il dit.",
            "M. Wang a félicité la partie russe. Sergue? Lavrov a répondu.",
            "\u00a0\u202f…«»“”—\t\n\n\n",
            "The Foreign Minister met his counterpart on Tuesday. Москва. 北京。");

    @ParameterizedTest
    @MethodSource("stages")
    void keepsTheTextAndWritesOnlyWhatItDeclares(Stage stage) {
        for (String text : TEXTS) {
            Document before = Document.of(Input.ofText("t", text, InputFormat.PLAIN), text);
            Document after = stage.apply(before);
            assertThat(after.text()).isEqualTo(text);
            Set<String> added = new HashSet<>(after.produced());
            added.removeAll(before.produced());
            assertThat(stage.produces()).containsAll(added);
            for (Layer<?> layer : after.layers().values()) {
                int prevStart = -1;
                for (Annotation a : layer.items()) {
                    assertThat(a.start()).isBetween(0, text.length());
                    assertThat(a.end()).isBetween(a.start(), text.length());
                    assertThat(a.start()).isGreaterThanOrEqualTo(prevStart);
                    prevStart = a.start();
                }
            }
        }
    }

    @Property(tries = 200)
    void randomTextNeverThrows(@ForAll @StringLength(max = 300) String text) {
        Document d = Document.of(Input.ofText("r", text, InputFormat.PLAIN), text);
        for (Stage s : Stages.all(KnowledgeBase.builtIn())) {
            d = s.apply(d);
        }
        assertThat(d.text()).isEqualTo(text);
    }
}
