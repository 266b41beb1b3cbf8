package veille.stage.tokenize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import veille.doc.Token;
import veille.doc.TokenKind;

class FrenchTokenizerTest {
    private static final FrenchTokenizer TOKENIZER = FrenchTokenizer.standard();

    /** The tokens of a text joined by " | ". */
    private static String tokens(String text) {
        return TOKENIZER.tokenize(text).stream().map(t -> text.substring(t.start(), t.end()))
                .collect(Collectors.joining(" | "));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = ';', quoteCharacter = '`', textBlock = """
            # elisions split after the apostrophe, straight or curly
            l'homme ; l' | homme
            L’État ; L’ | État
            d'abord ; d' | abord
            qu'il ; qu' | il
            jusqu'à ; jusqu' | à
            lorsqu'on ; lorsqu' | on
            puisqu'elle ; puisqu' | elle
            n'a ; n' | a
            s'est ; s' | est
            c'est ; c' | est
            j'ai ; j' | ai
            m'appelle ; m' | appelle
            t'es ; t' | es
            presqu'à ; presqu' | à
            quelqu'autre ; quelqu' | autre
            # lexicalised words stay whole
            aujourd'hui ; aujourd'hui
            aujourd’hui ; aujourd’hui
            quelqu'un ; quelqu'un
            # abbreviations keep their period
            M. Wang ; M. | Wang
            Mme. Li ; Mme. | Li
            Mme Li ; Mme | Li
            Dr. House ; Dr. | House
            Pr. Martin ; Pr. | Martin
            St. Louis ; St. | Louis
            etc. : ; etc. | :
            en 52 av. J.-C. ; en | 52 | av. | J.-C.
            le 3 janv. et le 4 févr. ; le | 3 | janv. | et | le | 4 | févr.
            20 sept. 20 oct. 20 nov. 20 déc. ; 20 | sept. | 20 | oct. | 20 | nov. | 20 | déc.
            V. Poutine ; V. | Poutine
            # numbers
            200 morts ; 200 | morts
            1,5 million ; 1,5 | million
            25 000 habitants ; 25 000 | habitants
            25\u202F000 ; 25\u202F000
            2 000 000 ; 2 000 000
            en 2023 100 personnes ; en | 2023 | 100 | personnes
            25% ; 25 | %
            1,5 % ; 1,5 | %
            08h36 ; 08h36
            à 20h. ; à | 20h | .
            20.09.2023 ; 20.09.2023
            le 19/11 ; le | 19/11
            le 1er mai ; le | 1er | mai
            25km ; 25 | km
            # hyphens: compounds whole, inverted pronouns split off with their hyphen (and euphonic t)
            sino-russe ; sino-russe
            Asie-Pacifique ; Asie-Pacifique
            a-t-il ; a | -t-il
            dit-il ; dit | -il
            s'est-il ; s' | est | -il
            donne-le-moi ; donne | -le | -moi
            est-ce ; est | -ce
            Villers-le-Bel ; Villers-le-Bel
            rendez-vous ; rendez-vous
            c'est-à-dire ; c'est-à-dire
            celui-ci ; celui-ci
            COVID-19 ; COVID-19
            # quotation marks are punctuation of their own
            « Non » ; « | Non | »
            “Oui” ; “ | Oui | ”
            "Oui" ; " | Oui | "
            ‘oui’ ; ‘ | oui | ’
            # ellipses
            Eh… bien ; Eh | … | bien
            Eh... bien ; Eh | ... | bien
            dit [...] que ; dit | [...] | que
            dit […] que ; dit | […] | que
            dit (…) que ; dit | (…) | que
            # URLs, e-mail addresses, hashtags, mentions
            voir https://fr.wikipedia.org/wiki/Pékin. ; voir | https://fr.wikipedia.org/wiki/Pékin | .
            sur www.xinhua.net, ; sur | www.xinhua.net | ,
            écrire à redaction@lemonde.fr. ; écrire | à | redaction@lemonde.fr | .
            sur #Chine @AFP ; sur | #Chine | @AFP
            """)
    void splitsFrenchTextAsDocumented(String text, String expected) {
        String unescaped = text.replace("\\u202F", "\u202F");
        assertThat(tokens(unescaped)).isEqualTo(expected.replace("\\u202F", "\u202F"));
    }

    @Test
    void kindsTellWordsNumbersPunctuationAndSymbolsApart() {
        String text = "L'ONU compte 193 États, soit 25 % du monde 😀";
        List<TokenKind> kinds = TOKENIZER.tokenize(text).stream().map(Token::kind).toList();
        assertThat(kinds).containsExactly(TokenKind.WORD, TokenKind.WORD, TokenKind.WORD, TokenKind.NUMBER,
                TokenKind.WORD, TokenKind.PUNCT, TokenKind.WORD, TokenKind.NUMBER, TokenKind.SYMBOL,
                TokenKind.WORD, TokenKind.WORD, TokenKind.OTHER);
    }

    @Test
    void offsetsPointIntoTheWholeTextWhenARangeIsTokenized() {
        String text = "Titre\n\nM. Wang parle.";
        assertThat(TOKENIZER.tokenize(text, 7, text.length())).first()
                .isEqualTo(new Token(7, 9, TokenKind.WORD));
    }

    @Test
    void aTenMegabyteLineWithoutSpacesTakesLinearTime() {
        // Worst cases for look-ahead: one endless word, dotted run, hyphen-pronoun chain, e-mail-like run. A guard
        // against quadratic look-ahead (hours on 10 MB), not a speed target: the thread's own CPU time, so a busy
        // machine does not fail it (speed is measured by bin/veille bench).
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        for (String unit : List.of("a", "a.", "a-le", "x@", "1 000", "l'")) {
            String text = unit.repeat(10_000_000 / unit.length());
            long t0 = cpu.getCurrentThreadCpuTime();
            TOKENIZER.tokenize(text);
            assertThat((cpu.getCurrentThreadCpuTime() - t0) / 1e9).as("CPU seconds for %s", unit).isLessThan(5.0);
        }
    }
}
