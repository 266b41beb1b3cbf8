package veille.eval.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConlluReaderTest {
    @Test
    void multiwordTokensBecomeOneTokenWithTheAnalysisOfTheirHeadWord() {
        UdSentence s = TinyTreebank.sentences().get(0);
        assertThat(s.id()).isEqualTo("veille-1");
        assertThat(s.text()).startsWith("Le ministre a déclaré");
        assertThat(s.forms()).containsExactly("Le", "ministre", "a", "déclaré", "que", "la", "réforme", "du", "travail",
                "est", "prête", ".");
        int du = 7;
        // "du" = "de" (case) + "le" (det), both under "travail": the token is "de"'s, with "le"'s features
        assertThat(s.upos()[du]).isEqualTo("ADP");
        assertThat(s.lemmas()[du]).isEqualTo("de");
        assertThat(s.relations()[du]).isEqualTo("case");
        assertThat(s.heads()[du]).isEqualTo(8);
        assertThat(s.feats()[du]).isEqualTo("Definite=Def|Gender=Masc|Number=Sing|PronType=Art");
        // heads are renumbered on surface tokens: "est" (word 11, token 9) hangs from "prête" (word 12, token 10),
        // which hangs from "déclaré"
        assertThat(s.heads()[9]).isEqualTo(10);
        assertThat(s.heads()[10]).isEqualTo(3);
        assertThat(s.heads()[3]).isEqualTo(-1);
        assertThat(s.feats()[4]).isEmpty();
    }

    @Test
    void foldsApostrophesAndSkipsEmptyNodes() {
        String conllu = """
                # text = L’homme
                1\tL’\tle\tDET\t_\t_\t2\tdet\t_\t_
                1.1\tx\tx\tX\t_\t_\t_\t_\t_\t_
                2\thomme\thomme\tNOUN\t_\t_\t0\troot\t_\t_
                """;
        List<UdSentence> s = ConlluReader.parse(conllu);
        assertThat(s).hasSize(1);
        assertThat(s.get(0).forms()).containsExactly("L'", "homme");
        assertThat(s.get(0).heads()).containsExactly(1, -1);
        assertThat(s.get(0).text()).as("the text is kept as written").isEqualTo("L’homme");
    }

    @Test
    void marksTheSentencesThatStartAParagraphOrADocument() {
        String conllu = """
                # newdoc id = d1
                # text = Oui.
                1	Oui	oui	INTJ	_	_	0	root	_	_
                2	.	.	PUNCT	_	_	1	punct	_	_

                # text = Non.
                1	Non	non	INTJ	_	_	0	root	_	_
                2	.	.	PUNCT	_	_	1	punct	_	_

                # newpar
                # text = Si.
                1	Si	si	INTJ	_	_	0	root	_	_
                """;
        assertThat(ConlluReader.parse(conllu)).extracting(UdSentence::startsParagraph).containsExactly(true, false, true);
    }
}
