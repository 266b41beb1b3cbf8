package veille.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The literal tests run before the metadata reader's patterns: a pattern is skipped only where it cannot match. */
class MetaPrefiltersTest {
    private static final HtmlMetaCues CUES = HtmlMetaCues.builtIn();

    @ParameterizedTest
    @ValueSource(strings = {"(AFP)", "[Xinhua]", " AFP", "AFP.", "AFP ]", "\tAFP", "AFP\u000B", "AFP", "", "A(F)P"})
    void bracketsAreTriedWheneverTheyCanBeTrimmed(String text) {
        assertBracketsCovered(text);
    }

    @Property(tries = 3000)
    void bracketsAreTriedWheneverTheyCanBeTrimmedInRandomTexts(@ForAll @StringLength(max = 10)
            @Chars({'(', ')', '[', ']', '.', ' ', '\t', '\n', '\u000B', '\f', '\r', '\u00A0', 'a', 'B'}) String text) {
        assertBracketsCovered(text);
    }

    private static void assertBracketsCovered(String text) {
        if (!MetaText.mayHoldBrackets(text)) {
            assertThat(MetaText.BRACKETS.matcher(text).find()).as("\"%s\"", text).isFalse();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"Par Jean Dupont", "par Jean", "(Par Jean)", "( By Ann Lee", "BY ANN", "Écrit par X",
            "écrit par x", "Texte : Jean", "Source : AFP", "Avec AFP", "D'après Reuters", "With AP", "Jean Dupont", "",
            "(", " par", "\tPar", "ſource: AFP", "PAR", "Propos recueillis par X"})
    void labelsAreTriedWheneverTheyCanOpenALine(String text) {
        assertLabelsCovered(text);
    }

    @Property(tries = 3000)
    void labelsAreTriedWheneverTheyCanOpenRandomLines(@ForAll("labelLines") String text) {
        assertLabelsCovered(text);
    }

    @Provide
    Arbitrary<String> labelLines() {
        Arbitrary<String> piece = Arbitraries.of("Par", "par", "PAR", "By", "bY", "Écrit",
                "écrit", "ÉCRIT", "Texte", "Source", "ſource", "Avec", "D'après", "d’après", "With", "Jean", "Dupont",
                "(", ")", " ", "  ", "\t", ":", "\u00A0", "AFP", "x", "propos recueillis par", "de notre envoyé spécial");
        return piece.list().ofMaxSize(5).map(p -> String.join("", p));
    }

    private static void assertLabelsCovered(String text) {
        if (CUES.bylineLabel.matcher(text).lookingAt()) {
            assertThat(CUES.mayOpenWithBylineLabel(text)).as("byline label in \"%s\"", text).isTrue();
        }
        if (CUES.creditLabel.matcher(text).lookingAt()) {
            assertThat(CUES.mayOpenWithCreditLabel(text)).as("credit label in \"%s\"", text).isTrue();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "a b", " a  b ", "a\u00A0b", "a \u202F b", "\ta\nb\r", "a\u2003b", "a\u000Bb c"})
    void spacesCollapseAsTheRegexCollapsesThem(String text) {
        assertThat(MetaText.normaliseSpace(text))
                .isEqualTo(MetaText.SPACES.matcher(text).replaceAll(" ").strip());
    }

    @Property(tries = 3000)
    void spacesCollapseAsTheRegexCollapsesThemInRandomTexts(@ForAll @StringLength(max = 12)
            @Chars({' ', '\t', '\n', '\u000B', '\f', '\r', '\u00A0', '\u202F', '\u2003', '\u0085', 'a', 'é'}) String text) {
        assertThat(MetaText.normaliseSpace(text))
                .isEqualTo(MetaText.SPACES.matcher(text).replaceAll(" ").strip());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Titre | Le Monde", "Titre - Le Monde", "Titre_French.news.cn", "Titre — Site", "Titre|Site",
            "Titre :: Site", "Titre » Site", "Titre", "", " | ", "a _ b", "a\u00A0|\u00A0b"})
    void separatorsAreTriedWheneverTheyCanMatch(String title) {
        assertSeparatorsCovered(title);
    }

    @Property(tries = 3000)
    void separatorsAreTriedWheneverTheyCanMatchInRandomTitles(@ForAll @StringLength(max = 12)
            @Chars({'|', '-', '_', '—', '–', ':', '»', '·', '•', '/', ' ', '\t', '\u00A0', 'a'}) String title) {
        assertSeparatorsCovered(title);
    }

    private static void assertSeparatorsCovered(String title) {
        for (int i = 0; i < CUES.titleSeparatorPatterns.size(); i++) {
            Pattern p = CUES.titleSeparatorPatterns.get(i);
            if (p.matcher(title).find()) {
                assertThat(CUES.mayHoldSeparator(title, i)).as("%s in \"%s\"", p, title).isTrue();
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "article__title", "Article_byline__u1I2o", "post-content entry", "site-footer",
            "Copyright", "COPYRİGHT", "foo--bar  baz", "lire-aussi", "lire--aussi", "x-lire_aussi", "field--name-body",
            "legende", "Légende", "\u212Aey", "date\u00A0time", "date\u2003time", "- -", "a\tb\u000Bc", "conTit"})
    void classKindsAgreeWithThePlainReading(String attr) {
        assertThat(CUES.attributeKinds(attr)).as("\"%s\"", attr).isEqualTo(CUES.referenceKinds(attr));
    }

    @Property(tries = 5000)
    void classKindsAgreeWithThePlainReadingOnRandomValues(@ForAll("classValues") String attr) {
        assertThat(CUES.attributeKinds(attr)).as("\"%s\"", attr).isEqualTo(CUES.referenceKinds(attr));
    }

    @Provide
    Arbitrary<String> classValues() {
        Arbitrary<String> piece = Arbitraries.of("article", "ARTICLE", "body", "by", "line", "byline", "Author",
                "date", "time", "head", "headline", "logo", "site", "name", "lire", "aussi", "read", "more", "share",
                "footer", "FOOTER", "copy", "right", "copyright", "CopyRİght", "foot", "er", "title", "post", "content",
                "-", "--", "_", "__", " ", "  ", "\t", "\n", "\u00A0", "\u2003", "é", "É", "İ", "\u212A", "ſ", "x",
                "1", "conTit", "field", "menu", "nav");
        return piece.list().ofMaxSize(6).map(p -> String.join("", p));
    }

    @Property(tries = 5000)
    void trailingWordsAreCutWheneverThePatternsCanMatch(@ForAll("bylineEnds") String text) {
        if (!Bylines.mayEndWithLowerWord(text)) {
            assertThat(Bylines.TRAILING_LOWER_WORDS.matcher(text).find()).as("\"%s\"", text).isFalse();
        }
        if (!Bylines.mayEndWithSpaceOrComma(text)) {
            assertThat(Bylines.TRAILING_SPACE_COMMA.matcher(text).find()).as("\"%s\"", text).isFalse();
        }
    }

    @Provide
    Arbitrary<String> bylineEnds() {
        Arbitrary<String> piece = Arbitraries.of("Jean", "Dupont", "le", "à", "é", "ß", "x", "A", "1", ",", ".", " ",
                "\t", "\n", "\r", "\u000B", "\f", "\u0085", "\u2028", "\u2029", "\u00A0", "\uD801\uDC28",
                "\uD801\uDC00", ")");
        return piece.list().ofMaxSize(6).map(p -> String.join("", p));
    }
}
