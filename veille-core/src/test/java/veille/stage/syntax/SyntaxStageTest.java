package veille.stage.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import veille.doc.Document;
import veille.doc.Input;
import veille.doc.InputFormat;
import veille.doc.SyntaxToken;
import veille.doc.Token;
import veille.pipeline.Pipeline;
import veille.stage.tokenize.TokenizeStage;

class SyntaxStageTest {
    private static final SyntaxStage SYNTAX = new SyntaxStage();
    private static final Pipeline PIPELINE = Pipeline.of(Set.of(), List.of(new TokenizeStage(), SYNTAX));

    private static Document run(String text) {
        return PIPELINE.apply(Document.of(Input.ofText("t", text, InputFormat.PLAIN), text));
    }

    /** The token whose text is {@code word}. */
    private static int find(Document doc, String word) {
        List<SyntaxToken> syntax = doc.layer(SyntaxToken.LAYER);
        for (int i = 0; i < syntax.size(); i++) {
            if (doc.textOf(syntax.get(i)).equals(word)) {
                return i;
            }
        }
        throw new AssertionError("no token '" + word + "' in " + doc.text());
    }

    /** The dependents of token {@code head} with the given relation, as text. */
    private static List<String> dependents(Document doc, int head, String relation) {
        List<String> out = new ArrayList<>();
        for (SyntaxToken t : doc.layer(SyntaxToken.LAYER)) {
            if (t.head() == head && t.relation().equals(relation)) {
                out.add(doc.textOf(t));
            }
        }
        return out;
    }

    @Test
    void declaresItsNameWhatItReadsAndWhatItAdds() {
        assertThat(SYNTAX.name()).isEqualTo("syntax");
        assertThat(SYNTAX.requires()).containsExactlyInAnyOrder("tokens", "sentences");
        assertThat(SYNTAX.produces()).containsExactly("syntax");
    }

    @Test
    void theSubjectOfAVerbOfSayingIsTheSpeakerNoun() {
        Document doc = run("Le porte-parole du ministère a déclaré mardi que la réforme serait retirée.");
        int said = find(doc, "déclaré");
        SyntaxToken verb = doc.layer(SyntaxToken.LAYER).get(said);
        assertThat(verb.lemma()).isEqualTo("déclarer");
        assertThat(verb.upos()).isEqualTo("VERB");
        assertThat(verb.isRoot()).isTrue();
        assertThat(dependents(doc, said, "nsubj")).containsExactly("porte-parole");
        assertThat(dependents(doc, said, "aux:tense")).containsExactly("a");
        int withdrawn = find(doc, "retirée");
        assertThat(doc.layer(SyntaxToken.LAYER).get(withdrawn).head()).isEqualTo(said);
        assertThat(dependents(doc, withdrawn, "nsubj:pass")).containsExactly("réforme");
    }

    @Test
    void elisionsAndContractionsAreAnalysedOnVeillesTokens() {
        Document doc = run("L'ambassadeur s'est rendu au ministère des Affaires étrangères.");
        List<SyntaxToken> syntax = doc.layer(SyntaxToken.LAYER);
        SyntaxToken the = syntax.get(find(doc, "L'"));
        assertThat(the.upos()).isEqualTo("DET");
        assertThat(the.lemma()).isEqualTo("le");
        assertThat(doc.textOf(syntax.get(the.head()))).isEqualTo("ambassadeur");
        SyntaxToken au = syntax.get(find(doc, "au"));
        assertThat(au.upos()).isEqualTo("ADP");
        assertThat(au.relation()).isEqualTo("case");
        assertThat(doc.textOf(syntax.get(au.head()))).isEqualTo("ministère");
        assertThat(syntax.get(find(doc, "rendu")).feature("VerbForm")).isEqualTo("Part");
    }

    @Test
    void everyTokenGetsOneEntryAndEverySentenceOneRoot() {
        String text = "Beijing - La Chine a réaffirmé, mercredi, son engagement.\n\n« La coopération ne vise aucune "
                + "tierce partie », a-t-il dit. Merci";
        Document doc = run(text);
        List<Token> tokens = doc.layer(Token.LAYER);
        List<SyntaxToken> syntax = doc.layer(SyntaxToken.LAYER);
        assertThat(syntax).hasSameSizeAs(tokens);
        for (int i = 0; i < tokens.size(); i++) {
            assertThat(syntax.get(i).start()).isEqualTo(tokens.get(i).start());
            assertThat(syntax.get(i).end()).isEqualTo(tokens.get(i).end());
            assertThat(syntax.get(i).head()).isBetween(-1, tokens.size() - 1).isNotEqualTo(i);
        }
        long roots = syntax.stream().filter(SyntaxToken::isRoot).count();
        assertThat(roots).isEqualTo(doc.layer(veille.doc.Sentence.LAYER).size());
    }

    @Test
    void anEmptyDocumentHasAnEmptyLayer() {
        assertThat(run("").layer(SyntaxToken.LAYER)).isEmpty();
        assertThat(run("").hasLayer(SyntaxToken.LAYER)).isTrue();
    }

    @Test
    void threadsSharingTheStageGetTheSameAnswersAsOne() throws Exception {
        List<String> texts = List.of(
                "Le président russe a reçu mardi à Moscou le ministre chinois des Affaires étrangères.",
                "Les manifestants ont occupé la place pendant trois jours, selon la préfecture.",
                "« Nous ne céderons pas », a affirmé la porte-parole du gouvernement.",
                "L'Union européenne a adopté de nouvelles sanctions contre la Russie.");
        List<List<SyntaxToken>> expected = texts.stream().map(t -> run(t).layer(SyntaxToken.LAYER)).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int k = 0; k < 200; k++) {
                int i = k % texts.size();
                results.add(pool.submit(() -> run(texts.get(i)).layer(SyntaxToken.LAYER).equals(expected.get(i))));
            }
            for (Future<Boolean> r : results) {
                assertThat(r.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Property(tries = 200)
    void randomTextNeverThrowsAndKeepsTheText(@ForAll @StringLength(max = 300) String text) {
        Document doc = run(text);
        assertThat(doc.text()).isEqualTo(text);
        assertThat(doc.layer(SyntaxToken.LAYER)).hasSameSizeAs(doc.layer(Token.LAYER));
    }
}
