package veille.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceBreaksTest {
    private static List<Integer> bounds(String text) {
        SentenceBreaks b = new SentenceBreaks();
        b.setText(text);
        List<Integer> out = new ArrayList<>();
        for (int i = b.first(); i != BreakIterator.DONE; i = b.next()) {
            out.add(i);
        }
        return out;
    }

    @Test
    void sentencesEndAtEndMarksFollowedBySpaceAndAtLineBreaks() {
        String t = "Le ministre est venu. Il a parlé ! « Assez. » Puis rien…\n\nSuite 3.5 km";
        List<Integer> b = bounds(t);
        assertThat(b).containsExactly(0, t.indexOf("Il"), t.indexOf("«"), t.indexOf("Puis"), t.indexOf("Suite"),
                t.length());
        assertThat(bounds("")).containsExactly(0);
        assertThat(bounds("Sans fin")).containsExactly(0, 8);
    }

    @Test
    void followingAndPrecedingAsBreakIteratorSays() {
        String t = "Un. Deux. Trois.";
        SentenceBreaks b = new SentenceBreaks();
        b.setText(t);
        assertThat(b.following(0)).isEqualTo(4);
        assertThat(b.following(4)).isEqualTo(10);
        assertThat(b.current()).isEqualTo(10);
        assertThat(b.following(t.length())).isEqualTo(BreakIterator.DONE);
        assertThat(b.preceding(5)).isEqualTo(4);
        assertThat(b.preceding(4)).isEqualTo(0);
        assertThat(b.preceding(0)).isEqualTo(BreakIterator.DONE);
        assertThat(b.isBoundary(10)).isTrue();
        assertThat(b.isBoundary(11)).isFalse();
        assertThat(b.last()).isEqualTo(t.length());
        // A slice of a longer text, as the highlighter hands it.
        b.setText(new java.text.StringCharacterIterator("xx Un. Deux", 3, 11, 3));
        assertThat(b.first()).isEqualTo(3);
        assertThat(b.next()).isEqualTo(7);
        assertThat(b.next()).isEqualTo(11);
        assertThat(b.next()).isEqualTo(BreakIterator.DONE);
    }
}
