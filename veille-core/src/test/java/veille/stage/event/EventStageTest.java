package veille.stage.event;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import veille.Analyzer;
import veille.doc.Amount;
import veille.doc.Document;
import veille.doc.Event;
import veille.doc.Input;
import veille.doc.InputFormat;
import veille.output.AnalysisJson;

/** The events stage's contract and output: declared facts, untouched text, merging, JSON (issue 5). */
class EventStageTest {
    private static final Analyzer VEILLE = Analyzer.standard();

    private static Document analyze(String text) {
        return VEILLE.analyze(Input.ofText("t.txt", text, InputFormat.PLAIN));
    }

    @Test
    void theStageDeclaresItsInputsAndOutputs() {
        EventStage stage = new EventStage();
        assertThat(stage.name()).isEqualTo("events");
        assertThat(stage.requires()).containsExactlyInAnyOrder("tokens", "sentences", "entities", "quotes");
        assertThat(stage.produces()).containsExactlyInAnyOrder("events", "amounts");
    }

    @Test
    void theTextIsUnchangedAndABareDocumentHasNoEvents() {
        String text = "Wang Yi a rencontré mardi Sergueï Lavrov à Moscou.";
        Document before = analyze(text);
        Document again = new EventStage().apply(before);
        assertThat(again.text()).isEqualTo(text);
        assertThat(again.expect(Event.KEY)).isEqualTo(before.expect(Event.KEY));
        Document bare = Document.of(Input.ofText("b", text, InputFormat.PLAIN), text);
        assertThat(new EventStage().apply(bare).expect(Event.KEY).all()).isEmpty();
        Document empty = Document.of(Input.ofText("e", "", InputFormat.PLAIN), "");
        assertThat(new EventStage().apply(empty).expect(Amount.KEY).all()).isEmpty();
    }

    @Test
    void theMeetingHasItsPlaceDateAndEvidence() {
        String text = "Wang Yi a rencontré mardi Sergueï Lavrov à Moscou.";
        Event e = analyze(text).expect(Event.KEY).all().getFirst();
        assertThat(e.type()).isEqualTo("CONSULT");
        assertThat(text.substring(e.start(), e.end())).isEqualTo("rencontré");
        assertThat(e.place().name()).isEqualTo("Moscow");
        assertThat(e.date()).isEqualTo("tuesday");
        assertThat(e.evidence()).containsExactly(new Event.Evidence(0, text.length()));
    }

    @Test
    void oneMeetingReportedTwiceIsOneEventWithBothSpans() {
        String text = "Wang Yi a rencontré mardi Sergueï Lavrov à Moscou.\n\nLors de cette rencontre, Wang Yi et Sergueï Lavrov ont évoqué l'Ukraine.";
        List<Event> consult = analyze(text).expect(Event.KEY).all().stream().filter(e -> e.type().equals("CONSULT")).toList();
        assertThat(consult).hasSize(1);
        assertThat(consult.getFirst().evidence()).hasSize(2);
    }

    @Test
    void aSidelinesMeetingNamesItsOccasion() {
        String text = "Li Qiang a eu des entretiens avec Mikhaïl Michoustine en marge du sommet de l'OCS, qui s'est tenu à Bichkek.";
        Event e = analyze(text).expect(Event.KEY).all().stream()
                .filter(x -> x.participants().stream().anyMatch(a -> a.name().equals("Li Qiang"))).findFirst().orElseThrow();
        assertThat(e.mode()).isEqualTo("multilateral");
        assertThat(e.occasion()).isEqualTo("sommet de l'OCS");
        assertThat(e.place().name()).isEqualTo("Bishkek");
    }

    @Test
    void whatASpeakerSaysAboutManoeuvresIsNotHisOwnEvent() {
        String text = "Wang Yi a déclaré que les manœuvres ne visaient aucun pays tiers.";
        assertThat(analyze(text).expect(Event.KEY).all()).isEmpty();
    }

    @Test
    void aCityNamedAsAnActorStandsForItsCountry() {
        String text = "L'Iran et la Chine ont signé lundi un accord, Téhéran et Pékin saluant une étape.";
        Event e = analyze(text).expect(Event.KEY).all().getFirst();
        assertThat(e.participants()).extracting(Event.Actor::name).containsExactly("Iran", "China");
    }

    @Test
    void eventsAndAmountsAreWrittenToJson() throws Exception {
        String text = "La Chine et la Russie ont signé samedi 58 accords d'une valeur de près de 50 milliards de dollars.";
        Document d = analyze(text);
        JsonNode row = new ObjectMapper().readTree(AnalysisJson.of(VEILLE, false, false).write(d));
        JsonNode e = row.path("events").get(0);
        assertThat(e.path("type").asText()).isEqualTo("AGREE");
        assertThat(e.path("participants").get(0).path("name").asText()).isEqualTo("China");
        assertThat(e.path("status").asText()).isEqualTo("happened");
        assertThat(e.path("date").asText()).isEqualTo("saturday");
        assertThat(e.path("evidence").path("text").asText()).isEqualTo(text);
        JsonNode a = row.path("amounts");
        assertThat(a).hasSize(2);
        assertThat(a.get(0).path("of").asText()).isEqualTo("accords");
        assertThat(a.get(1).path("value").asLong()).isEqualTo(50_000_000_000L);
        assertThat(a.get(1).path("unit").asText()).isEqualTo("USD");
        assertThat(a.get(1).path("approx").asBoolean()).isTrue();
    }

    @Test
    void aPlaceNamedAboveTheHeadlineIsReadWithoutFailing() {
        // The headline chosen is the page's second line, and a country is named before it.
        String page = """
                Logo RT

                Togo : le parlement vote la sortie du pays de la convention régionale

                Publié le 03/05/2024 à 10h15

                Page actualisée : 12 mars 2016 — « Togo : le secrétaire général appelle le pays à rester »

                Le parlement du Togo a adopté la loi sur la sortie du pays de la convention régionale. \
                La ministre de la justice Awa Mensah a commenté ainsi ce vote :

                « Le Togo a adhéré librement à la convention. La sortie est aussi libre. »
                """;
        Document doc = VEILLE.analyze(Input.ofText("t.txt", page, InputFormat.TEXT));
        assertThat(doc.text()).contains("parlement du Togo");
    }
}
