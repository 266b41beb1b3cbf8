package veille.stage.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TriggerIndexTest {
    private static final EventTriggers LEXICON = EventTriggers.builtIn();
    private static final TriggerIndex INDEX = new TriggerIndex(LEXICON);

    private static List<EventTriggers.Trigger> oneByOne(String lower) {
        return LEXICON.triggers().stream().filter(t -> t.mayMatch(lower)).toList();
    }

    @Test
    void findsTheTriggersMayMatchFindsInFileOrder() {
        for (String s : List.of("le ministre a rencontré son homologue à paris mardi.",
                "des milliers de manifestants ont défilé contre la réforme ; les syndicats appellent à la grève.",
                "washington a annoncé de nouvelles sanctions et rappelé son ambassadeur.",
                "rien ici.", "", "ab", "l'accord a été signé après la visite du président.")) {
            assertThat(INDEX.candidates(s)).as(s).containsExactlyElementsOf(oneByOne(s));
            assertThat(INDEX.any(s)).isEqualTo(!oneByOne(s).isEmpty());
        }
    }

    @Test
    void agreesOnRandomMixturesOfTheLexiconsKeys() {
        List<String> keys = LEXICON.triggers().stream().flatMap(t -> t.keys().stream()).toList();
        Random random = new Random(7);
        for (int n = 0; n < 500; n++) {
            StringBuilder b = new StringBuilder();
            for (int w = random.nextInt(8); w > 0; w--) {
                String k = keys.get(random.nextInt(keys.size()));
                // whole keys, cut keys and noise, so prefixes that stop short are tried too
                b.append(random.nextBoolean() ? k : k.substring(0, random.nextInt(k.length()))).append(' ');
                b.append((char) ('a' + random.nextInt(26)));
            }
            String s = b.toString();
            assertThat(INDEX.candidates(s)).as(s).containsExactlyElementsOf(oneByOne(s));
        }
    }
}
