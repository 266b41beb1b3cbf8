package veille.stage.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;
import veille.doc.Document;
import veille.doc.EntityMention;
import veille.doc.EntityType;
import veille.doc.Sentence;
import veille.doc.Token;
import veille.pipeline.Stage;

/**
 * The {@code ner} stage: finds person, organisation and place names (PER, ORG, LOC) with Veille's trained name
 * finder and adds them as the {@code mentions} layer ({@link EntityMention}, source {@code model}).
 *
 * <p>Runs sentence by sentence over the {@code tokens} and {@code sentences} layers; a mention never crosses a
 * sentence. What a word was labelled earlier in the same document is a feature, so documents are read in
 * order. The model is read once per JVM ({@link NerModel#standard()}); OpenNLP's {@link NameFinderME} is not
 * thread-safe, so each thread gets its own (a {@link ThreadLocal} cache, the stage's only state), which makes the
 * stage safe to call from many threads at once.
 */
public final class NerStage implements Stage {
    /** The stage name. */
    public static final String NAME = "ner";
    /** The source of the mentions this stage adds. */
    public static final String SOURCE = "model";

    private final TokenNameFinderModel model;
    private final ThreadLocal<NameFinderME> finders;
    private final boolean documentFeatures;
    private final boolean consistent;

    /** A stage with the shipped model. */
    public NerStage() {
        this(NerModel.standard());
    }

    /** A stage with the given model (one trained by {@code bin/veille train ner}), answers consistent per article. */
    public NerStage(TokenNameFinderModel model) {
        this(model, true);
    }

    /**
     * A stage with the given model.
     *
     * @param consistent whether the answers are made consistent within each article ({@link DocumentConsistency}:
     *     one type per name, a found name marked again where it recurs)
     */
    public NerStage(TokenNameFinderModel model, boolean consistent) {
        this.consistent = consistent;
        this.model = Objects.requireNonNull(model, "model");
        this.finders = ThreadLocal.withInitial(() -> new NameFinderME(this.model));
        this.documentFeatures = NerFeatureSet.parse(model.getManifestProperty(NerFinderFactory.FEATURES)).document();
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<String> requires() {
        return Set.of(Token.LAYER.name(), Sentence.LAYER.name());
    }

    @Override
    public Set<String> produces() {
        return Set.of(EntityMention.LAYER.name());
    }

    @Override
    public Document apply(Document doc) {
        return doc.withLayer(EntityMention.LAYER, find(doc.text(), doc.layer(Token.LAYER), doc.layer(Sentence.LAYER)));
    }

    /** The mentions in a text given its tokens and sentences (both sorted), sorted. */
    List<EntityMention> find(String text, List<Token> tokens, List<Sentence> sentences) {
        NameFinderME finder = finders.get();
        finder.clearAdaptiveData();
        List<String[]> words = sentenceWords(text, tokens, sentences);
        if (documentFeatures) {
            NerFeatures.CURRENT_DOCUMENT.set(DocumentFacts.of(words));
        }
        try {
            List<EntityMention> found = find(finder, tokens, sentences, words);
            return consistent ? DocumentConsistency.apply(text, tokens, found) : found;
        } finally {
            NerFeatures.CURRENT_DOCUMENT.remove();
            finder.clearAdaptiveData();
        }
    }

    /** The token strings of each sentence that holds tokens, in order. */
    private static List<String[]> sentenceWords(String text, List<Token> tokens, List<Sentence> sentences) {
        List<String[]> out = new ArrayList<>(sentences.size());
        // One string per distinct word: a long document's words would otherwise fill the heap.
        java.util.Map<String, String> distinct = new java.util.HashMap<>();
        int t = 0;
        for (Sentence s : sentences) {
            while (t < tokens.size() && tokens.get(t).start() < s.start()) {
                t++;
            }
            int from = t;
            while (t < tokens.size() && tokens.get(t).end() <= s.end()) {
                t++;
            }
            if (t == from) {
                continue;
            }
            String[] words = new String[t - from];
            for (int i = from; i < t; i++) {
                String w = text.substring(tokens.get(i).start(), tokens.get(i).end());
                words[i - from] = distinct.computeIfAbsent(w, k -> k);
            }
            out.add(words);
        }
        return out;
    }

    /**
     * The most tokens the sequence model decodes at once. OpenNLP's beam search multiplies the probabilities of a
     * whole sentence, which underflow to zero past some thousands of tokens and leave it with no sequence at all;
     * real sentences stay far below this (WiNER-fr's longest is under 200 tokens), so only run-on text is cut.
     */
    static final int MAX_WINDOW = 250;

    /**
     * {@code [from, to)} windows of at most {@code max} tokens covering a sentence, cut at safe points: after the
     * last comma, semicolon or colon of the window, else before the last lower-case word that follows another
     * lower-case word (never inside a capitalised name), else at the cap.
     */
    static List<int[]> windows(String[] words, int max) {
        List<int[]> out = new ArrayList<>();
        int from = 0;
        while (words.length - from > max) {
            int cut = -1;
            for (int i = from + max - 1; i >= from + max / 2 && cut < 0; i--) {
                if (words[i].equals(",") || words[i].equals(";") || words[i].equals(":")) {
                    cut = i + 1;
                }
            }
            for (int i = from + max - 1; i >= from + max / 2 && cut < 0; i--) {
                if (isLower(words[i]) && isLower(words[i - 1])) {
                    cut = i;
                }
            }
            if (cut < 0) {
                cut = from + max;
            }
            out.add(new int[] {from, cut});
            from = cut;
        }
        out.add(new int[] {from, words.length});
        return out;
    }

    private static boolean isLower(String w) {
        return !w.isEmpty() && Character.isLowerCase(w.codePointAt(0));
    }

    private static List<EntityMention> find(NameFinderME finder, List<Token> tokens, List<Sentence> sentences,
                                            List<String[]> sentenceWords) {
        List<EntityMention> out = new ArrayList<>();
        int t = 0;
        int next = 0;
        for (Sentence s : sentences) {
            while (t < tokens.size() && tokens.get(t).start() < s.start()) {
                t++;
            }
            int from = t;
            while (t < tokens.size() && tokens.get(t).end() <= s.end()) {
                t++;
            }
            if (t == from) {
                continue;
            }
            String[] words = sentenceWords.get(next++);
            for (int[] w : windows(words, MAX_WINDOW)) {
                String[] part = w[0] == 0 && w[1] == words.length ? words : java.util.Arrays.copyOfRange(words, w[0], w[1]);
                Span[] spans = finder.find(part);
                double[] probs = finder.probs(spans);
                for (int k = 0; k < spans.length; k++) {
                    Span sp = spans[k];
                    double p = Double.isNaN(probs[k]) ? 0 : Math.max(0, Math.min(1, probs[k]));
                    out.add(new EntityMention(tokens.get(from + w[0] + sp.getStart()).start(),
                            tokens.get(from + w[0] + sp.getEnd() - 1).end(), EntityType.parse(sp.getType()), p, SOURCE));
                }
            }
        }
        out.sort(java.util.Comparator.comparingInt(EntityMention::start).thenComparingInt(EntityMention::end));
        return out;
    }
}
