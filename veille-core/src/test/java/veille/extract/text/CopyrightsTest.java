package veille.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link Copyrights#isNotice}'s scan answers as its pattern {@link Copyrights#MARK} does. */
class CopyrightsTest {
    @Test
    void noticesAndNot() {
        assertThat(Copyrights.isNotice("© 2024 Le Monde")).isTrue();
        assertThat(Copyrights.isNotice("(c) Xinhua")).isTrue();
        assertThat(Copyrights.isNotice("(C) Xinhua")).isTrue();
        assertThat(Copyrights.isNotice("COPYRIGHT 2023 AFP")).isTrue();
        assertThat(Copyrights.isNotice("Tous droits réservés")).isFalse();
        assertThat(Copyrights.isNotice("Accueil")).isFalse();
        assertThat(Copyrights.isNotice("(c")).isFalse();
        assertThat(Copyrights.isNotice("copyrigh")).isFalse();
    }

    @Test
    void theScanFindsWhatThePatternFinds() {
        Random random = new Random(3);
        String[] pieces = {"c", "C", "(", ")", "©", "copyright", "COPYRIGHT", "opyright", "copy", "İ", "ı", "K", " ",
            "a", "Copyr", "ight", "(c)"};
        int hits = 0;
        for (int i = 0; i < 50_000; i++) {
            StringBuilder s = new StringBuilder();
            for (int k = random.nextInt(6); k >= 0; k--) {
                s.append(pieces[random.nextInt(pieces.length)]);
            }
            boolean expected = Copyrights.MARK.matcher(s).find();
            assertThat(Copyrights.isNotice(s.toString())).as("\"%s\"", s).isEqualTo(expected);
            hits += expected ? 1 : 0;
        }
        assertThat(hits).isGreaterThan(1_000);
    }
}
