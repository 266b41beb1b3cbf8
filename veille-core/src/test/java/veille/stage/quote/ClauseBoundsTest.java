package veille.stage.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import veille.Analyzer;
import veille.doc.Input;
import veille.doc.InputFormat;
import veille.Stages;

/** Clause bounding on its own: what each cue of a sentence governs once the other cues and quotations are seen. */
class ClauseBoundsTest {
    private static final Analyzer BEFORE_QUOTES = Analyzer.withStages(veille.kb.KnowledgeBase.builtIn(),
            Stages.named(List.of("language", "tokenize", "ner", "entities")));

    /** "cue words: [clause words]" for each cue, "(reported)" or "(invalid)" when it governs nothing. */
    static List<String> clauses(String text) {
        QuoteText t = new QuoteText(BEFORE_QUOTES.analyze(Input.ofText("t.txt", text, InputFormat.PLAIN)));
        return new ClauseBounds(t).bound(new CueFinder(t, QuoteCues.builtIn()).find()).stream()
                .map(c -> t.text.substring(c.verbStart(), c.verbEnd()) + ": "
                        + (c.reported() ? "(reported)" : !c.valid() ? "(invalid)"
                        : "[" + t.text.substring(c.clause().start(), c.clause().end()) + "]"))
                .toList();
    }

    @Test
    void aClauseRunsToTheSentenceEnd() {
        assertThat(clauses("Wang Yi a déclaré que la coopération progresse."))
                .containsExactly("déclaré: [ la coopération progresse.]");
    }

    @Test
    void aCueInsideAnotherCuesClauseIsReportedSpeech() {
        assertThat(clauses("Wang Yi a déclaré que la Russie a affirmé qu'elle soutient la paix."))
                .containsExactly("déclaré: [ la Russie a affirmé qu'elle soutient la paix.]", "affirmé: (reported)",
                        "soutient: (reported)");
    }

    @Test
    void aClauseStopsWhereTheNextCuesSubjectStarts() {
        assertThat(clauses("Wang Yi a déclaré que tout va bien, et Mao Ning a affirmé que rien n'est exclu."))
                .containsExactly("déclaré: [ tout va bien]", "affirmé: [ rien n'est exclu.]");
    }

    @Test
    void aQuotationAcrossSentencesBelongsWholeToTheClause() {
        assertThat(clauses("Wang Yi a déclaré : « Nous sommes prêts. Le dialogue est ouvert. »"))
                .containsExactly("déclaré: [ « Nous sommes prêts. Le dialogue est ouvert. »]");
    }

    @Test
    void anInvertedCueGovernsWhatComesBeforeIt() {
        assertThat(clauses("« La paix est possible », a déclaré Wang Yi."))
                .containsExactly("déclaré: [« La paix est possible »]");
    }
}
