package veille.kb;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class GazetteerTest {
    private static final Gazetteer G = Actors.builtIn().gazetteer();

    private static List<String> found(String text) {
        return G.find(text).stream().map(m -> m.text(text) + "=" + m.ids().getFirst() + (m.partial() ? "~" : ""))
                .toList();
    }

    @Test
    void findsLongestNamesInAFrenchSentence() {
        String s = "Le ministre chinois Wang Yi a rencontré Sergue? Lavrov au sommet de l’Organisation de coopération"
                + " de Shanghai (OCS) à Bichkek.";
        assertThat(found(s)).containsExactly("Wang Yi=wang-yi", "Sergue? Lavrov=sergey-lavrov",
                "Organisation de coopération de Shanghai=sco", "OCS=sco", "Bichkek=bishkek");
    }

    @Test
    void pinyinSpacingAndSurnamesAlone() {
        String s = "Xi Jin-ping et M. Poutine, puis le Conseil de sécurité des Nations Unies.";
        assertThat(found(s)).containsExactly("Xi Jin-ping=xi-jinping", "Poutine=vladimir-putin~",
                "Conseil de sécurité des Nations Unies=unsc");
    }

    @Test
    void lowerCaseWordsAreNotAcronyms() {
        assertThat(found("Il est allé au marché.")).isEmpty();
    }
}
