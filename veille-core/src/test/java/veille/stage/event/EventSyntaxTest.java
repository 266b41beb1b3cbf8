package veille.stage.event;

import static org.assertj.core.api.Assertions.assertThat;
import static veille.stage.event.EventRealTextTest.events;
import static veille.stage.event.EventRealTextTest.names;
import static veille.stage.event.EventRealTextTest.ofType;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import veille.doc.Event;
import veille.doc.SyntaxToken;
import veille.kb.TsvFile;

/**
 * Events read with the dependency tree of the {@code syntax} stage (issue 13, part 3): participants from subject,
 * passive agent, object, coordination, inherited and support-verb subjects; suppositions, negations, participles
 * used as nouns, one-sided documents and leaving a room are no events; unnamed protesters, institutions named by
 * their head noun, a headline's rubric, repeated mentions, date ranges. Invented sentences.
 */
class EventSyntaxTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            La proposition de la Grèce a été rejetée par la Norvège.                  | REJECT   | Norway;Greece
            La Suède et la Finlande ont condamné la Hongrie.                          | ACCUSE   | Sweden;Finland;Hungary
            Le Chili a décidé de sanctionner le Pérou.                                | SANCTION | Chile;Peru
            Le Canada a imposé des sanctions contre le Venezuela mardi.               | SANCTION | Canada;Venezuela
            Le Brésil a dénoncé la décision de son homologue argentin.                | ACCUSE   | Brazil;Argentina
            Le parlement norvégien a condamné la Russie.                              | ACCUSE   | parlement norvégien;Russia
            Le Kurdistan irakien a forgé une alliance avec la Turquie.                | COOPERATE| Türkiye
            Les autorités de la Norvège ont condamné la Russie.                       | ACCUSE   | Norway;Russia
            """)
    void theTreeGivesTheParticipants(String text, String type, String participants) {
        List<String> expected = Arrays.stream(participants.split(";")).map(String::strip).toList();
        List<Event> found = ofType(text, type.strip());
        assertThat(found).as("%s events in %s: %s", type, text, events(text)).hasSize(1);
        assertThat(names(found.getFirst())).as(text).containsAll(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            La Norvège pourrait sanctionner la Russie si rien ne change.              | SANCTION
            Les séparatistes semblent avoir rejeté la proposition de la Russie.       | REJECT
            Au moins six des accusés ont été interpellés à Oslo.                      | ACCUSE
            Le président de la Pologne a signé un décret sur les retraites.           | AGREE
            Le ministre de la Suède a quitté la salle avant le vote.                  | RETREAT
            La Pologne n'a, à ce jour, toujours pas vraiment condamné la Lituanie.    | ACCUSE
            La Pologne a signé plus d'une douzaine de décrets avec l'Union européenne. | AGREE
            La Norvège évoque d'éventuelles négociations avec la Russie.              | CONSULT
            Les Suédois risquent de se retrouver sous la pression de la Russie.       | CONSULT
            """)
    void noEvent(String text, String type) {
        assertThat(ofType(text, type.strip())).as("%s in %s", type, text).isEmpty();
    }

    @Test
    void unnamedProtestersTakePart() {
        List<Event> found = ofType("Des manifestations ont eu lieu samedi à Lyon contre la Chine.", "PROTEST");
        assertThat(found).hasSize(1);
        assertThat(names(found.getFirst())).containsExactly("manifestants", "China");
    }

    @Test
    void aNamedProtesterIsKept() {
        List<Event> found = ofType("Les syndicats ont manifesté mardi à Lyon.", "PROTEST");
        assertThat(found).hasSize(1);
        assertThat(names(found.getFirst())).contains("syndicats").doesNotContain("manifestants");
    }

    @Test
    void aHeadlineRubricIsAPlaceNotAnActor() {
        List<Event> found = ofType("Portugal : les syndicats manifestent contre la Chine\n\n"
                + "Le temps était doux à Lisbonne ce jour-là.", "PROTEST");
        assertThat(found).hasSize(1);
        assertThat(names(found.getFirst())).doesNotContain("Portugal");
    }

    @Test
    void theSameTroopsToldAgainAreOneDeployment() {
        List<Event> found = ofType("Les États-Unis ont déployé des troupes en Pologne. Les troupes américaines "
                + "resteront neuf mois. Les troupes seront ensuite relevées.", "MOBILIZE");
        assertThat(found).as("%s", found).hasSize(1);
    }

    @Test
    void aStayBeginsOnTheFirstDayOfItsRange() {
        List<Event> found = ofType("Le président italien se rendra en Espagne du 12 au 14 mai 2019.", "CONSULT");
        assertThat(found).hasSize(1);
        assertThat(found.getFirst().date()).isEqualTo("2019-05-12");
    }

    @Test
    void theReaderFindsTheSubjectObjectAndNegationInATree() {
        // "La Suède ne condamne pas la Hongrie": a hand-made tree, so that the reading does not hang on the model
        String text = "La Suède ne condamne pas la Hongrie";
        List<SyntaxToken> layer = List.of(
                new SyntaxToken(0, 2, "le", "DET", "", 1, "det"),
                new SyntaxToken(3, 8, "Suède", "PROPN", "", 3, "nsubj"),
                new SyntaxToken(9, 11, "ne", "ADV", "", 3, "advmod"),
                new SyntaxToken(12, 20, "condamner", "VERB", "", -1, "root"),
                new SyntaxToken(21, 24, "pas", "ADV", "", 3, "advmod"),
                new SyntaxToken(25, 27, "le", "DET", "", 6, "det"),
                new SyntaxToken(28, 35, "Hongrie", "PROPN", "", 3, "obj"));
        assertThat(text.substring(12, 20)).isEqualTo("condamne");
        EventSyntax.Tree tree = EventSyntax.Tree.of(layer, 0, text.length());
        EventSyntax.Reading r = EventSyntax.builtIn().read(tree, 12, 20);
        assertThat(r.predicate()).isEqualTo(3);
        assertThat(r.phrases()).containsExactly(1, 6);
        assertThat(r.negated()).isTrue();
        assertThat(r.speculative()).isFalse();
    }

    @Test
    void anUnparsedSentenceHasNoTree() {
        List<SyntaxToken> layer = List.of(SyntaxToken.unparsed(0, 2), SyntaxToken.unparsed(3, 8));
        assertThat(EventSyntax.Tree.of(layer, 0, 8)).isNull();
    }

    @Test
    void anUnknownKindIsRefused() {
        TsvFile bad = TsvFile.parse("t.tsv", "kind\tword\nnoise\tx\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> EventSyntax.of(bad))
                .hasMessageContaining("noise");
    }
}
