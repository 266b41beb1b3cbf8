package veille.stage.tokenize;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import veille.doc.Document;
import veille.doc.Sentence;
import veille.doc.Token;
import veille.pipeline.Stage;

/**
 * The {@code tokenize} stage: adds the {@code tokens} and {@code sentences} layers to a document.
 *
 * <p>Tokens come from {@link FrenchTokenizer}, sentences from the rule-based {@link SentenceSplitter}, which
 * scores at least as well as OpenNLP's French model on the UD French treebanks (see
 * {@code docs/tokenization.md}) and, working on the tokens, always ends sentences on token boundaries. Both layers are sorted; sentences never cross a line break, so never a block.
 * Thread-safe: the stage holds only immutable collaborators.
 */
public final class TokenizeStage implements Stage {
    /** The stage name. */
    public static final String NAME = "tokenize";

    private final FrenchTokenizer tokenizer;
    private final SentenceSplitter splitter;

    /** A stage with the standard tokenizer and splitter. */
    public TokenizeStage() {
        this(FrenchTokenizer.standard(), SentenceSplitter.standard());
    }

    /** A stage with the given tokenizer and splitter. */
    public TokenizeStage(FrenchTokenizer tokenizer, SentenceSplitter splitter) {
        this.tokenizer = Objects.requireNonNull(tokenizer, "tokenizer");
        this.splitter = Objects.requireNonNull(splitter, "splitter");
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<String> requires() {
        return Set.of();
    }

    @Override
    public Set<String> produces() {
        return Set.of(Token.LAYER.name(), Sentence.LAYER.name());
    }

    @Override
    public Document apply(Document doc) {
        String text = doc.text();
        List<Token> tokens = tokenizer.tokenize(text);
        List<Sentence> sentences = splitter.split(text, tokens);
        return doc.withLayer(Token.LAYER, tokens).withLayer(Sentence.LAYER, sentences);
    }
}
