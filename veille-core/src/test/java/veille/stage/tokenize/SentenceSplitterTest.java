package veille.stage.tokenize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import veille.doc.Sentence;

class SentenceSplitterTest {
    private static final SentenceSplitter SPLITTER = SentenceSplitter.standard();

    private static String sentences(String text) {
        List<Sentence> s = SPLITTER.split(text);
        return String.join(" || ", s.stream().map(x -> text.substring(x.start(), x.end())).toList());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', quoteCharacter = '`', textBlock = """
            Il pleut. Il vente. ; Il pleut. || Il vente.
            M. Wang est arrivé. Il parle. ; M. Wang est arrivé. || Il parle.
            Mme Li et le Dr. Chen sont là. ; Mme Li et le Dr. Chen sont là.
            V. Poutine a parlé. Puis il est parti. ; V. Poutine a parlé. || Puis il est parti.
            Des pommes, des poires, etc. Le marché ferme. ; Des pommes, des poires, etc. || Le marché ferme.
            Des pommes, etc., et des poires. ; Des pommes, etc., et des poires.
            Il y avait 1,5 million de personnes le 20.09.2023 à 08h36. Fin. ; Il y avait 1,5 million de personnes le 20.09.2023 à 08h36. || Fin.
            Et puis… rien. Enfin… Voilà. ; Et puis… rien. || Enfin… || Voilà.
            Il a dit : « Non. » Puis il est parti. ; Il a dit : « Non. » || Puis il est parti.
            « C'est fini ». Le reste suit. ; « C'est fini ». || Le reste suit.
            « Pourquoi ? » a-t-il demandé. ; « Pourquoi ? » a-t-il demandé.
            « Assez ! », a-t-il crié. Silence. ; « Assez ! », a-t-il crié. || Silence.
            Vraiment ? Oui ! Bien. ; Vraiment ? || Oui ! || Bien.
            Le 20 sept. 2023, Pékin. ; Le 20 sept. 2023, Pékin.
            Titre sans point⏎⏎Un paragraphe. ; Titre sans point || Un paragraphe.
            Une ligne⏎coupée ; Une ligne || coupée
            """)
    void splitsSentencesAsDocumented(String text, String expected) {
        assertThat(sentences(text.replace('⏎', '\n'))).isEqualTo(expected);
    }
}
