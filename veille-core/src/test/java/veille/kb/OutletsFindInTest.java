package veille.kb;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** {@link Outlets#findIn}: runs of words looked up as substrings of the line's key, as joined words would be. */
class OutletsFindInTest {
    private static final Outlets OUTLETS = Outlets.builtIn();

    /** Longest run first, left to right, each run's words joined again for the lookup. */
    private static List<Outlet> reference(String line) {
        String key = MatchKey.of(line);
        if (key.isEmpty()) {
            return List.of();
        }
        String[] words = key.split(" ");
        int longest = 1;
        for (Outlet o : OUTLETS.all()) {
            longest = Math.max(longest, MatchKey.of(o.name()).split(" ").length);
            longest = Math.max(longest, MatchKey.of(o.id()).split(" ").length);
            for (String a : o.aliases()) {
                longest = Math.max(longest, MatchKey.of(a).split(" ").length);
            }
        }
        List<Outlet> found = new ArrayList<>();
        int i = 0;
        while (i < words.length) {
            int matched = 0;
            for (int len = Math.min(longest, words.length - i); len >= 1; len--) {
                var o = OUTLETS.findByKey(String.join(" ", Arrays.copyOfRange(words, i, i + len)));
                if (o.isPresent()) {
                    if (!found.contains(o.get())) {
                        found.add(o.get());
                    }
                    matched = len;
                    break;
                }
            }
            i += Math.max(1, matched);
        }
        return found;
    }

    @Test
    void findsOutletsInALine() {
        assertThat(OUTLETS.findIn("Le Monde avec AFP")).extracting(Outlet::name).contains("AFP");
        assertThat(OUTLETS.findIn("")).isEmpty();
        assertThat(OUTLETS.findIn(" -- ")).isEmpty();
    }

    @Property(tries = 1000)
    void findsWhatJoinedWordsFind(@ForAll("lines") String line) {
        assertThat(OUTLETS.findIn(line)).as(line).isEqualTo(reference(line));
    }

    /** Lines mixing outlet names, their words and other words, with punctuation between. */
    @Provide
    Arbitrary<String> lines() {
        List<String> pieces = new ArrayList<>(List.of("avec", "Source", "20.09.2023", "|", "-", "(", ")", "le", "de"));
        for (Outlet o : OUTLETS.all().subList(0, Math.min(60, OUTLETS.all().size()))) {
            pieces.add(o.name());
            pieces.addAll(Arrays.asList(o.name().split(" ")));
        }
        return Arbitraries.of(pieces).list().ofMaxSize(7).map(p -> String.join(" ", p));
    }
}
