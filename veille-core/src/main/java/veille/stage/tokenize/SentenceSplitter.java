package veille.stage.tokenize;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import veille.doc.Sentence;
import veille.doc.Token;
import veille.doc.TokenKind;

/**
 * Groups the tokens of a French text into sentences, by rule.
 *
 * <p>A sentence ends after ".", "!", "?", "…" or "..." (and after an abbreviation that may end one, such as
 * "etc."), together with any closing quotation marks or brackets that follow ("« Non. »" stays whole), when
 * no lower-case word follows a closing quote: "« Pourquoi ? » a-t-il demandé" is one sentence. Titles,
 * initials and dotted acronyms never end one ("M. Wang", "V. Poutine"), and numbers cannot, since "1,5" and "20.09.2023" are single
 * tokens. A sentence never crosses a line break, and always ends at one: the document text separates
 * paragraphs with blank lines.
 *
 * <p>Sentences are spans from their first token's start to their last token's end: every token lies in
 * exactly one sentence, and sentences come sorted. Linear in the number of tokens plus the characters
 * between them. Thread-safe: instances are immutable.
 *
 * @see FrenchTokenizer
 */
public final class SentenceSplitter {
    private final FrenchTokenizer tokenizer;

    /** A splitter that uses a tokenizer's abbreviation lists. */
    public SentenceSplitter(FrenchTokenizer tokenizer) {
        this.tokenizer = Objects.requireNonNull(tokenizer, "tokenizer");
    }

    /** The splitter over {@link FrenchTokenizer#standard()}. */
    public static SentenceSplitter standard() {
        return new SentenceSplitter(FrenchTokenizer.standard());
    }

    /** Tokenizes a text and returns its sentences. */
    public List<Sentence> split(String text) {
        return split(text, tokenizer.tokenize(text));
    }

    /**
     * The sentences of a text, given its tokens (sorted, as {@link FrenchTokenizer} returns them).
     *
     * @return sorted sentences covering every token; empty when there are no tokens
     */
    public List<Sentence> split(String text, List<Token> tokens) {
        List<Sentence> out = new ArrayList<>();
        int n = tokens.size();
        int first = 0;
        boolean doubleQuoteOpen = false;
        int k = 0;
        while (k < n) {
            Token t = tokens.get(k);
            if (k > first && lineBreakBetween(text, tokens.get(k - 1).end(), t.start())) {
                out.add(span(tokens, first, k - 1));
                first = k;
                doubleQuoteOpen = false;
            }
            if (isChar(text, t, '"')) {
                doubleQuoteOpen = !doubleQuoteOpen;
            }
            if (!isTerminal(text, t)) {
                k++;
                continue;
            }
            int last = k;
            while (last + 1 < n && !lineBreakBetween(text, tokens.get(last).end(), tokens.get(last + 1).start())) {
                Token c = tokens.get(last + 1);
                if (isChar(text, c, '"')) {
                    if (!doubleQuoteOpen) {
                        break; // it opens the next sentence
                    }
                    doubleQuoteOpen = false;
                } else if (!isCloser(text, c) && !isTerminal(text, c)) {
                    break;
                }
                last++;
            }
            if (last + 1 < n && !lineBreakBetween(text, tokens.get(last).end(), tokens.get(last + 1).start())
                    && endsBefore(text, t, last > k, tokens.get(last + 1))) {
                // The quote state survives the boundary: a quotation may run over several sentences.
                out.add(span(tokens, first, last));
                first = last + 1;
            }
            k = last + 1;
        }
        if (first < n) {
            out.add(span(tokens, first, n - 1));
        }
        return out;
    }

    /**
     * Whether a sentence ends after {@code terminal} (and the closers that follow it, if {@code closed}) when
     * {@code next} follows.
     */
    private boolean endsBefore(String text, Token terminal, boolean closed, Token next) {
        char c = text.charAt(next.start());
        if (c == '-' && next.kind() == TokenKind.WORD && next.end() - next.start() > 1) {
            c = text.charAt(next.start() + 1); // an inverted pronoun, "-t-il"
        }
        if (terminal.kind() == TokenKind.WORD) {
            // "etc. Le", "aux U.S.A. Puis"; never "etc. 2023" or "etc., "
            return Character.isUpperCase(c) || isOpener(c);
        }
        if (Character.isLowerCase(c)) {
            // A lower-case word after a closing quote is an incise: "« Pourquoi ? » a-t-il demandé". After a
            // bare "." it starts a sentence all the same (transcripts, typing slips); after a bare "?" or "!"
            // too, but an ellipsis followed by lower case is a pause: "et puis... rien".
            char p = text.charAt(terminal.start());
            return !closed && (p == '.' && terminal.end() - terminal.start() == 1 || p == '?' || p == '!');
        }
        return switch (next.kind()) {
            case WORD, NUMBER, SYMBOL, OTHER -> true;
            case PUNCT -> isOpener(c);
        };
    }

    private boolean isTerminal(String text, Token t) {
        if (t.kind() == TokenKind.WORD) {
            int len = t.end() - t.start();
            return len >= 2 && text.charAt(t.end() - 1) == '.'
                    && tokenizer.mayEndSentence(text.subSequence(t.start(), t.end()));
        }
        if (t.kind() != TokenKind.PUNCT) {
            return false;
        }
        char c = text.charAt(t.start());
        return c == '.' || c == '!' || c == '?' || c == '\u2026' || c == '\u203D' || c == '\u2047'
                || c == '\u2048' || c == '\u2049';
    }

    /** Closing quotation marks and brackets, which stay with the sentence they close. */
    private static boolean isCloser(String text, Token t) {
        if (t.kind() != TokenKind.PUNCT || t.end() - t.start() != 1) {
            return false;
        }
        char c = text.charAt(t.start());
        return c == '\u00BB' || c == '\u201D' || c == '\u2019' || c == ')' || c == ']' || c == '\u203A';
    }

    /** Opening quotation marks, brackets and dashes, which may start a sentence. */
    private static boolean isOpener(char c) {
        return c == '\u00AB' || c == '\u201C' || c == '\u2018' || c == '"' || c == '(' || c == '[' || c == '-'
                || c == '\u2013' || c == '\u2014' || c == '\u2039' || c == '\u201E' || c == '\u00BF' || c == '\u00A1';
    }

    private static boolean isChar(String text, Token t, char c) {
        return t.end() - t.start() == 1 && text.charAt(t.start()) == c;
    }

    static boolean lineBreakBetween(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085') {
                return true;
            }
        }
        return false;
    }

    private static Sentence span(List<Token> tokens, int first, int last) {
        return new Sentence(tokens.get(first).start(), tokens.get(last).end());
    }
}
