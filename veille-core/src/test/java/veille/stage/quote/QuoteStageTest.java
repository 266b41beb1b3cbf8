package veille.stage.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import veille.Analyzer;
import veille.doc.Document;
import veille.doc.Input;
import veille.doc.InputFormat;
import veille.doc.Quote;
import veille.kb.TsvFile;
import veille.output.AnalysisJson;

/** The quotes stage's contract and output: offsets, positions of repeats, flags, cues, sentences, JSON (issue 4). */
class QuoteStageTest {
    private static final Analyzer VEILLE = Analyzer.standard();

    private static Document analyze(String text) {
        return VEILLE.analyze(Input.ofText("t.txt", text, InputFormat.PLAIN));
    }

    @Test
    void theStageDeclaresItsInputsAndOutput() {
        QuoteStage stage = new QuoteStage();
        assertThat(stage.name()).isEqualTo("quotes");
        assertThat(stage.requires()).containsExactlyInAnyOrder("tokens", "sentences", "entities");
        assertThat(stage.produces()).containsExactly("quotes");
    }

    @Test
    void theTextIsUnchangedAndOnlyQuotesAreAdded() {
        String text = "« La coopération progresse », a déclaré Wang Yi.";
        Document before = VEILLE.analyze(Input.ofText("t.txt", text, InputFormat.PLAIN));
        Document again = new QuoteStage().apply(before);
        assertThat(again.text()).isEqualTo(before.text());
        assertThat(again.produced()).isEqualTo(before.produced());
        assertThat(again.expect(Quote.KEY)).isEqualTo(before.expect(Quote.KEY));
    }

    @Test
    void aDocumentWithoutTokensOrEntitiesHasNoQuotes() {
        Document bare = Document.of(Input.ofText("t", "« Oui », a-t-il dit.", InputFormat.PLAIN), "« Oui », a-t-il dit.");
        assertThat(new QuoteStage().apply(bare).expect(Quote.KEY).all()).isEmpty();
        Document empty = Document.of(Input.ofText("e", "", InputFormat.PLAIN), "");
        assertThat(new QuoteStage().apply(empty).expect(Quote.KEY).all()).isEmpty();
    }

    @Test
    void offsetsCoverTheQuotedWordsWithoutTheMarks() {
        String text = "« La coopération progresse », a déclaré Wang Yi.";
        Quote q = analyze(text).expect(Quote.KEY).all().getFirst();
        assertThat(text.substring(q.start(), q.end())).isEqualTo("La coopération progresse");
        assertThat(q.direct()).isTrue();
        assertThat(q.kind()).isEqualTo("direct");
        assertThat(q.speakerId()).isEqualTo("wang-yi");
        assertThat(text.substring(q.cueStart(), q.cueEnd())).isEqualTo("déclaré");
        assertThat(q.sentenceStart()).isZero();
        assertThat(q.sentenceEnd()).isEqualTo(text.length());
        assertThat(q.flags()).isEmpty();
    }

    @Test
    void aQuoteRepeatedVerbatimIsReportedOnceWithEveryPosition() {
        String text = "« Nous défendons nos positions de principe face aux pressions », a déclaré Vladimir Poutine.\n\n"
                + "Les deux pays ont signé un accord.\n\n"
                + "« Nous défendons nos positions de principe face aux pressions », s'est félicité Vladimir Poutine, selon l'AFP.";
        List<Quote> qs = analyze(text).expect(Quote.KEY).all();
        assertThat(qs).hasSize(1);
        Quote q = qs.getFirst();
        assertThat(q.positions()).hasSize(2);
        for (Quote.Position p : q.positions()) {
            assertThat(text.substring(p.start(), p.end())).isEqualTo("Nous défendons nos positions de principe face aux pressions");
        }
        assertThat(q.speakerName()).isEqualTo("Vladimir Putin");
    }

    @Test
    void anUnclosedMarkEndsAtItsParagraphAndIsFlagged() {
        String text = "Wang Yi a déclaré : « La paix est possible.\n\nLes deux pays ont signé un accord.\n\n"
                + "Sergueï Lavrov a déclaré que la Russie était prête.";
        List<Quote> qs = analyze(text).expect(Quote.KEY).all();
        Quote first = qs.getFirst();
        assertThat(first.text()).isEqualTo("La paix est possible.");
        assertThat(first.flags()).containsExactly("unclosed");
        assertThat(first.end()).isLessThanOrEqualTo(text.indexOf('\n'));
        assertThat(qs).extracting(Quote::text).contains("la Russie était prête");
    }

    @Test
    void aQuotationOverParagraphsIsFlaggedContinued() {
        String text = "Wang Yi a déclaré : « Le premier point est clair.\n\n« Le second point l'est aussi », a-t-il ajouté.";
        Quote q = analyze(text).expect(Quote.KEY).all().getFirst();
        assertThat(q.flags()).containsExactly("continued");
        assertThat(q.text()).isEqualTo("Le premier point est clair. Le second point l'est aussi");
        assertThat(q.sentenceEnd()).isEqualTo(text.length());
    }

    @Test
    void indirectAndMixedQuotesAreNotDirect() {
        List<Quote> qs = analyze("Wang Yi a affirmé que la Chine et la Russie continueraient à travailler ensemble pour "
                + "défendre « un ordre mondial juste ».").expect(Quote.KEY).all();
        // The quoted fragment is part of the one statement (gold SCHEMA: indirect speech is its reported clause).
        assertThat(qs).extracting(Quote::kind).containsExactly("mixed");
        assertThat(qs).extracting(Quote::direct).containsExactly(false);
    }

    @Test
    void anUnlinkedSpeakerHasANameButNoId() {
        Quote q = analyze("La chaîne de télévision publique russe a affirmé que les pourparlers avançaient.")
                .expect(Quote.KEY).all().getFirst();
        assertThat(q.speakerId()).isNull();
        assertThat(q.speakerName()).isEqualTo("chaîne de télévision publique russe");
    }

    @Test
    void theJsonRowCarriesTheQuoteFields() throws Exception {
        String text = "« Nous sommes prêts », a déclaré Wang Yi.";
        Document d = analyze(text);
        JsonNode row = new ObjectMapper().readTree(AnalysisJson.of(VEILLE, false, false).write(d));
        JsonNode q = row.path("quotes").get(0);
        assertThat(q.path("text").asText()).isEqualTo("Nous sommes prêts");
        assertThat(q.path("start").asInt()).isEqualTo(2);
        assertThat(q.path("end").asInt()).isEqualTo(19);
        assertThat(q.path("direct").asBoolean()).isTrue();
        assertThat(q.path("kind").asText()).isEqualTo("direct");
        assertThat(q.path("speaker").path("id").asText()).isEqualTo("wang-yi");
        assertThat(q.path("speaker").path("name").asText()).isEqualTo("Wang Yi");
        assertThat(q.path("cue").path("text").asText()).isEqualTo("déclaré");
        assertThat(q.path("sentence").path("end").asInt()).isEqualTo(text.length());
        assertThat(q.path("flags").isArray()).isTrue();
        assertThat(q.has("positions")).isFalse();
    }

    @Test
    void theLexiconLoadsAndRejectsUnknownKinds() {
        QuoteCues cues = QuoteCues.builtIn();
        assertThat(cues.size()).isGreaterThan(300);
        assertThat(cues.formsStartingWith("soulignant")).extracting(QuoteCues.Form::lemma).contains("souligner");
        assertThat(cues.formsStartingWith("félicité")).allMatch(QuoteCues.Form::reflexive);
        assertThat(cues.formsStartingWith("fait")).anyMatch(f -> f.words().equals(List.of("fait", "l'", "éloge")));
        TsvFile bad = TsvFile.parse("bad.tsv", "kind\tentry\tforms\nverbe\tdire\t\n".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> QuoteCues.of(bad)).hasMessageContaining("Unknown quote-cue kind 'verbe' in bad.tsv");
        TsvFile irregular = TsvFile.parse("irr.tsv", "kind\tentry\tforms\nverb\tdire\t\n".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> QuoteCues.of(irregular)).hasMessageContaining("'dire' in irr.tsv needs its forms");
    }

    @Test
    void marksPairAndNeverRunPastTheParagraph() {
        List<QuoteMarks.Span> spans = QuoteMarks.find("« a « b » c » et \"d\"\n« e\nf");
        assertThat(spans).extracting(QuoteMarks.Span::unclosed).containsExactly(false, false, true);
        assertThat(spans.get(2).close()).isEqualTo("« a « b » c » et \"d\"\n« e".length());
    }
}
