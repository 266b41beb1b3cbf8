package veille.doc;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** Folding typographic variants one character for one character. */
class TextNormalizerTest {
    @Test
    void quotesSpacesAndHyphensFoldToTheirPlainForms() {
        assertThat(TextNormalizer.fold("l\u2019Élysée «\u00A0oui\u00A0» \u201Cnon\u201D \u2011 `x`"))
                .isEqualTo("l'Élysée « oui » \"non\" - 'x'");
    }

    @Test
    void aTextWithNothingToFoldIsReturnedAsItIs() {
        String plain = "Pékin, 19 sept. (Xinhua) -- Le président chinois";
        assertThat(TextNormalizer.fold(plain)).isSameAs(plain);
        assertThat(TextNormalizer.fold(new StringBuilder(plain))).isEqualTo(plain);
    }

    @Property
    void eachCharacterFoldsAlone(@ForAll @StringLength(max = 30)
            @Chars({'a', '`', '_', ' ', 'é', '\u2019', '\u00A0', '\u201C', '\u2011', '\u200B', '\uFEFF', '\u3000'})
            String s) {
        StringBuilder expected = new StringBuilder();
        for (char c : s.toCharArray()) {
            expected.append(TextNormalizer.fold(c));
        }
        assertThat(TextNormalizer.fold(s)).isEqualTo(expected.toString()).hasSameSizeAs(s);
    }
}
