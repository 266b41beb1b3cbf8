package veille.kb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The catalogue of talking points: canonical forms and variants, found however the text writes them. */
class TalkingPointCatalogueTest {
    private static final TalkingPointCatalogue CATALOGUE = TalkingPointCatalogue.builtIn();

    @Test
    void formulasAreFoundWithTheirSpansWhateverTheCaseAccentsAndApostrophes() {
        String text = "Le porte-parole a assuré que l'exercice naval ne vise aucune tierce partie et dénoncé "
                + "« la Mentalite de la guerre froide » des alliances, plaidant pour un véritable multilatéralisme.";
        List<TalkingPointCatalogue.Match> found = CATALOGUE.find(text);
        assertThat(found).extracting(TalkingPointCatalogue.Match::id)
                .containsExactly("tierce-partie", "guerre-froide", "multilateralisme");
        TalkingPointCatalogue.Match first = found.get(0);
        assertThat(text.substring(first.start(), first.end())).isEqualTo("ne vise aucune tierce partie");
        assertThat(found.get(1).text()).isEqualTo("Mentalite de la guerre froide");
        assertThat(found.get(1).canonical()).isEqualTo("mentalité de guerre froide");
        assertThat(found.get(2).text()).isEqualTo("un véritable multilatéralisme");
    }

    @Test
    void aUsersTableAddsEntries() {
        TsvFile mine = TsvFile.parse("talking-points-mine.tsv", ("id\ttext\tvariants\tnotes\n"
                + "ponts\tbâtir des ponts entre les peuples\tjeter des ponts entre les peuples\tinvented\n")
                .getBytes(StandardCharsets.UTF_8));
        TalkingPointCatalogue c = CATALOGUE.plus(List.of(mine));
        assertThat(c.find("Il faut jeter des ponts entre les peuples.")).singleElement()
                .satisfies(m -> assertThat(m.id()).isEqualTo("ponts"));
        assertThat(c.entries()).hasSize(CATALOGUE.entries().size() + 1);
    }

    @Test
    void aRowWithoutTextIsRefusedWithItsTable() {
        TsvFile bad = TsvFile.parse("talking-points-bad.tsv", "id\ttext\nx\t\n".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> TalkingPointCatalogue.fromTables(List.of(bad)))
                .hasMessageContaining("talking-points-bad.tsv").hasMessageContaining("needs an id and a text");
    }
}
