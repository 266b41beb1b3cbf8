package veille.kb;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** {@link MatchKey}: its ASCII shortcut gives the key the full Unicode path gives. */
class MatchKeyTest {
    /** The key computed the long way, every text through NFD. */
    private static String reference(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder();
        boolean space = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (Character.isLetterOrDigit(c)) {
                out.append(Character.toLowerCase(c));
                space = false;
            } else if (!space) {
                out.append(' ');
                space = true;
            }
        }
        return out.toString().stripTrailing();
    }

    @Test
    void keysSpellingsAlike() {
        assertThat(MatchKey.of("French Press-TV")).isEqualTo("french press tv");
        assertThat(MatchKey.of("  ALGÉRIE ")).isEqualTo(MatchKey.of("algerie"));
        assertThat(MatchKey.of(new StringBuilder("L'Écho"))).isEqualTo("l echo");
    }

    @Property(tries = 2000)
    void asciiNamesKeyAsThroughNfd(@ForAll @StringLength(max = 20) @CharRange(from = 0, to = 127) String name) {
        assertThat(MatchKey.of(name)).isEqualTo(reference(name));
    }

    @Property(tries = 2000)
    void mixedNamesKeyAsThroughNfd(@ForAll @StringLength(max = 20)
            @Chars({'a', 'Z', '9', ' ', '-', '\'', 'é', 'É', '\u0301', 'ß', 'ǅ', 'İ', '\u00A0', '\u2019'}) String name) {
        assertThat(MatchKey.of(name)).isEqualTo(reference(name));
    }
}
