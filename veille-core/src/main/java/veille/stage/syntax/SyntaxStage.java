package veille.stage.syntax;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import veille.doc.Document;
import veille.doc.Sentence;
import veille.doc.SyntaxToken;
import veille.doc.Token;
import veille.pipeline.Stage;

/**
 * The {@code syntax} stage: adds the {@code syntax} layer, one {@link SyntaxToken} per token with its lemma, UPOS,
 * morphological features and its arc in the sentence's dependency tree.
 *
 * <p>Runs sentence by sentence on Veille's own tokens (elisions split, {@code du}/{@code au} whole, see
 * {@code docs/syntax.md}); tokens outside every sentence are analysed as sentences of their own, so the layer
 * always has exactly one entry per token. The model ({@link SyntaxModel#standard()}) is immutable and shared, so
 * the stage is safe to call from many threads at once.
 */
public final class SyntaxStage implements Stage {
    /** The stage name. */
    public static final String NAME = "syntax";

    private final SyntaxModel model;
    private final SentenceSelector selector;

    /** A stage with the shipped model, parsing every sentence. */
    public SyntaxStage() {
        this(SyntaxModel.standard(), SentenceSelector.ALL);
    }

    /** A stage with the shipped model, parsing the sentences a selector picks. */
    public SyntaxStage(SentenceSelector selector) {
        this(SyntaxModel.standard(), selector);
    }

    /** A stage with the given model, parsing every sentence. */
    public SyntaxStage(SyntaxModel model) {
        this(model, SentenceSelector.ALL);
    }

    /** A stage with the given model, parsing the sentences a selector picks. */
    public SyntaxStage(SyntaxModel model, SentenceSelector selector) {
        this.model = Objects.requireNonNull(model, "model");
        this.selector = Objects.requireNonNull(selector, "selector");
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
        return Set.of(SyntaxToken.LAYER.name());
    }

    @Override
    public Document apply(Document doc) {
        return doc.withLayer(SyntaxToken.LAYER,
                analyze(doc.normalizedText(), doc.layer(Token.LAYER), doc.layer(Sentence.LAYER)));
    }

    /**
     * The syntax of every token, given the folded text, its tokens and its sentences (both sorted).
     *
     * @return one entry per token, in token order; tokens of sentences the selector skips are
     *     {@linkplain SyntaxToken#unparsed unparsed}
     */
    public List<SyntaxToken> analyze(String foldedText, List<Token> tokens, List<Sentence> sentences) {
        List<SyntaxToken> out = new ArrayList<>(tokens.size());
        int s = 0;
        int from = 0;
        while (from < tokens.size()) {
            Token first = tokens.get(from);
            while (s < sentences.size() && sentences.get(s).end() <= first.start()) {
                s++;
            }
            boolean inside = s < sentences.size() && sentences.get(s).start() <= first.start();
            int to = from + 1;
            if (inside) {
                int end = sentences.get(s).end();
                while (to < tokens.size() && tokens.get(to).start() < end) {
                    to++;
                }
            } else {
                // a run of tokens before the next sentence
                int next = s < sentences.size() ? sentences.get(s).start() : Integer.MAX_VALUE;
                while (to < tokens.size() && tokens.get(to).start() < next) {
                    to++;
                }
            }
            analyzeSentence(foldedText, tokens, from, to, out);
            from = to;
        }
        return out;
    }

    private void analyzeSentence(String text, List<Token> tokens, int from, int to, List<SyntaxToken> out) {
        String[] words = new String[to - from];
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            words[i - from] = text.substring(t.start(), t.end());
        }
        if (!selector.parse(text.substring(tokens.get(from).start(), tokens.get(to - 1).end()), Arrays.asList(words))) {
            for (int i = from; i < to; i++) {
                Token t = tokens.get(i);
                out.add(SyntaxToken.unparsed(t.start(), t.end()));
            }
            return;
        }
        SyntaxModel.Analysis a = model.analyze(words);
        for (int i = 0; i < words.length; i++) {
            Token t = tokens.get(from + i);
            int head = a.head(i);
            out.add(new SyntaxToken(t.start(), t.end(), a.lemma(i), a.upos(i), a.feats(i),
                    head < 0 ? -1 : from + head, a.relation(i)));
        }
    }
}
