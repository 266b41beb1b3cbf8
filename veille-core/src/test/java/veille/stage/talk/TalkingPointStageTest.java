package veille.stage.talk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import veille.Analyzer;
import veille.doc.Document;
import veille.doc.InputFormat;
import veille.doc.TalkingPointMatch;
import veille.io.InputReader;
import veille.kb.KnowledgeBase;
import veille.testing.Shared;

/**
 * The catalogue stage on real articles: the bundled sample of a state agency and two seeds carry catalogued
 * formulas, found where they stand, with the speaker of the quote that holds them.
 */
class TalkingPointStageTest {
    private static final Analyzer ANALYZER = Analyzer.standard(
            KnowledgeBase.withFolder(Shared.root().resolve("samples/kb")));

    /** (id, start, end, text, speaker) of each match. */
    private static List<String> matches(Path file) throws Exception {
        Document d = ANALYZER.analyze(InputReader.withDefaults().read(file, file.toString(), InputFormat.TEXT));
        return d.find(TalkingPointMatch.KEY).map(TalkingPointMatch.Matches::all).orElse(List.of()).stream()
                .map(m -> {
                    assertThat(d.text().substring(m.start(), m.end())).isEqualTo(m.text());
                    return m.id() + " " + m.start() + " " + m.end() + " " + m.text() + " / " + m.speaker();
                }).toList();
    }

    @Test
    void theSampleOfAStateAgencyCarriesTheOneChinaPrinciple() throws Exception {
        assertThat(matches(Shared.root().resolve("samples/articles/fr-state-agency-01.txt")))
                .containsExactly("une-seule-chine 973 999 principe d'une seule Chine / Ahmed Attaf");
    }

    @Test
    void theSeedsCarryTheirFormulasWhereTheyStand() throws Exception {
        assumeTrue(Shared.shared().isPresent(), "../shared is not there");
        Path seeds = Shared.shared().orElseThrow().resolve("seeds");
        assertThat(matches(seeds.resolve("000_89c13dd9898427e3.txt")))
                .containsExactly("tierce-partie 932 960 ne vise aucune tierce partie / Li Qiang");
        assertThat(matches(seeds.resolve("004_eccd1aaad595508f.txt"))).containsExactly(
                "multilateralisme 210 239 un véritable multilatéralisme / Wang Yi",
                "multilateralisme 1483 1512 un véritable multilatéralisme / Wang Yi",
                "affaires-interieures-chine 3824 3856 affaires intérieures de la Chine / Nikolai Patrushev");
    }
}
