package veille.stage.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentFactsTest {
    private static List<String> features(DocumentFacts facts, String token) {
        List<String> f = new ArrayList<>();
        facts.addFeatures(token, f);
        return f;
    }

    @Test
    void tellsNamesFromCapitalisedCommonWords() {
        DocumentFacts facts = DocumentFacts.of(List.of(
                "Airbus a annoncé des pertes .".split(" "),
                "Pendant ce temps , le président Donald Trump parlait d' Airbus .".split(" "),
                "Trump a ajouté que pendant la crise rien ne changerait .".split(" ")));
        assertThat(features(facts, "Airbus")).containsExactly("dmid");
        assertThat(features(facts, "Pendant")).containsExactly("dlow");
        assertThat(features(facts, "Trump")).containsExactly("dmid", "dlast");
        assertThat(features(facts, "Donald")).containsExactly("dmid", "dfirst");
    }

    @Test
    void aCapitalAfterAnOpeningQuoteIsNotMidSentence() {
        DocumentFacts facts = DocumentFacts.of(List.<String[]>of("Il a dit : « Nous partons . »".split(" ")));
        assertThat(features(facts, "Nous")).isEmpty();
    }
}
