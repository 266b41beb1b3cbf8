package veille.stage.tokenize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import veille.doc.Sentence;
import veille.doc.Token;
import veille.doc.TokenKind;

class TokenizePropertiesTest {
    private static final FrenchTokenizer TOKENIZER = FrenchTokenizer.standard();
    private static final SentenceSplitter SPLITTER = SentenceSplitter.standard();

    /** Strings rich in the characters the rules look at, mixed with arbitrary Unicode. */
    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> pieces = Arbitraries.oneOf(
                Arbitraries.of("l'", "’", "'", "-t-il", "-le", "-", ".", "...", "…", "?", "!", "«", "»", "\"", "“",
                        "”", " ", "\n", "\n\n", "\u00A0", "\u202F", "M.", "etc.", "J.-C.", "[…]", "(...)", "25 000",
                        "1,5", "08h36", "19/11", "%", "http://", "www.", "@", "#", "😀", "\uD800", "\uDC00",
                        "aujourd'hui", "quelqu'un", "rendez-vous", "a", "B", "é", "1", "\u0301", "\u200B"),
                Arbitraries.strings().ofMaxLength(4));
        return pieces.list().ofMaxSize(40).map(l -> String.join("", l));
    }

    @Property(tries = 2000)
    void tokensAreInBoundsSortedDisjointAndFreeOfWhiteSpace(@ForAll("texts") String text) {
        List<Token> tokens = TOKENIZER.tokenize(text);
        int prevEnd = 0;
        for (Token t : tokens) {
            assertThat(t.start()).isGreaterThanOrEqualTo(prevEnd);
            assertThat(t.end()).isGreaterThan(t.start()).isLessThanOrEqualTo(text.length());
            String s = text.substring(t.start(), t.end());
            // The one exception: a thousands separator between digits in a number ("25 000").
            String checked = t.kind() == TokenKind.NUMBER ? s.replaceAll("(?<=\\d)[ \u00A0\u202F\u2009](?=\\d)", "") : s;
            assertThat(checked.chars().noneMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c)))
                    .as("token <%s>", s).isTrue();
            prevEnd = t.end();
        }
    }

    @Property(tries = 2000)
    void everyNonSpaceCharacterIsInSomeToken(@ForAll("texts") String text) {
        boolean[] covered = new boolean[text.length()];
        for (Token t : TOKENIZER.tokenize(text)) {
            for (int i = t.start(); i < t.end(); i++) {
                covered[i] = true;
            }
        }
        for (int i = 0; i < text.length(); i++) {
            if (!covered[i]) {
                assertThat(FrenchTokenizer.isSpace(text.charAt(i))).as("char %d of <%s>", i, text).isTrue();
            }
        }
    }

    @Property(tries = 2000)
    void sentencesCoverTheTokensAndNeverHoldALineBreak(@ForAll("texts") String text) {
        List<Token> tokens = TOKENIZER.tokenize(text);
        List<Sentence> sentences = SPLITTER.split(text, tokens);
        int k = 0;
        int prevEnd = 0;
        for (Sentence s : sentences) {
            assertThat(s.start()).isGreaterThanOrEqualTo(prevEnd);
            assertThat(text.substring(s.start(), s.end())).doesNotContain("\n", "\r");
            assertThat(tokens.get(k).start()).isEqualTo(s.start());
            while (k < tokens.size() && tokens.get(k).end() <= s.end()) {
                k++;
            }
            assertThat(tokens.get(k - 1).end()).isEqualTo(s.end());
            prevEnd = s.end();
        }
        assertThat(k).isEqualTo(tokens.size());
    }

    @Property(tries = 500)
    void anyStringAtAllIsTokenizedAndSplitWithoutThrowing(@ForAll String text) {
        SPLITTER.split(text, TOKENIZER.tokenize(text));
    }
}
