package veille.extract.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import veille.doc.TextNormalizer;
import veille.testing.Shared;

/**
 * The cue table's cheap guards never hide a match: a cue's {@code needs} literals are a filter for speed, so every
 * line its pattern matches must hold one of them.
 */
class LineCuesTest {
    private static final LineCues CUES = LineCues.builtIn();

    @Test
    void needsHoldOnEveryLineThePatternMatches_samplesAndInventedLines() throws IOException {
        List<String> lines = new ArrayList<>(List.of(
                "Accueil / Monde / Afrique", "Home >> World", "Monde › Asie", "Politique » Diplomatie",
                "Actualité | International", "Xinhua | 20.09.2023", "APS - 12/03/2024 à 10h", "AFP / 1.2.24",
                "Publié le 19 septembre 2023", "Mis à jour le 3 mai", "Partager", "Lire aussi : la visite",
                "Par Jean Dupont", "© AFP 2024", "Photo : Xinhua", "Recommandé pour vous"));
        Path samples = Shared.root().resolve("samples/articles");
        if (Files.isDirectory(samples)) {
            try (Stream<Path> files = Files.list(samples)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
                    lines.addAll(Files.readAllLines(f));
                }
            }
        }
        assertNeedsHold(lines);
    }

    @Test
    void needsHoldOnEveryLineThePatternMatches_scrapingHubPageText() throws IOException {
        Path dir = Shared.shared().map(s -> s.resolve("data/extraction/scrapinghub")).orElse(null);
        assumeTrue(dir != null && Files.isRegularFile(dir.resolve("ground-truth.json")), "ScrapingHub is absent");
        List<String> lines = new ArrayList<>();
        for (ScrapingHubPageText.Page p : ScrapingHubPageText.load(dir)) {
            lines.addAll(p.pageText().lines().toList());
        }
        assertThat(lines).hasSizeGreaterThan(10_000);
        assertNeedsHold(lines);
    }

    /** For each line and each cue with needs: a pattern match (by the cue's scope) implies a needed literal. */
    private static void assertNeedsHold(List<String> lines) {
        int checked = 0;
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty() || line.length() > TextCues.MAX_CHARS) {
                continue;
            }
            String folded = TextNormalizer.fold(line);
            String lower = folded.toLowerCase(java.util.Locale.ROOT);
            for (LineCues.Cue c : CUES.cues()) {
                if (c.needs().isEmpty()) {
                    continue;
                }
                boolean matches = c.matches(c.pattern().matcher(folded));
                if (matches) {
                    checked++;
                    assertThat(c.needs()).as("cue '%s' matched \"%s\"", c.why(), line)
                            .anyMatch(lower::contains);
                }
            }
        }
        assertThat(checked).isPositive();
    }

    @Test
    void theWideSpaceCueMatchesWhatItsBacktrackingFormMatched() {
        // The table's possessive form keeps the cue from backtracking over every split of a short line.
        Pattern before = Pattern.compile("(\\S+( \\S+){0,3}(\\s{3,}|\\t+)){2,}\\S+.*",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);
        Pattern now = CUES.cues().stream().filter(c -> c.why().equals("menu items set apart by wide spaces"))
                .findFirst().orElseThrow().pattern();
        Random random = new Random(7);
        String[] pieces = {"a", "bc", "Déf", " ", " ", "   ", "\t", "\u00A0", "  "};
        int hits = 0;
        for (int i = 0; i < 50_000; i++) {
            StringBuilder s = new StringBuilder();
            for (int k = random.nextInt(12); k >= 0; k--) {
                s.append(pieces[random.nextInt(pieces.length)]);
            }
            boolean expected = before.matcher(s).matches();
            assertThat(now.matcher(s).matches()).as("\"%s\"", s).isEqualTo(expected);
            hits += expected ? 1 : 0;
        }
        assertThat(hits).isGreaterThan(100);
    }

    @Test
    void theNeedsAutomatonFindsWhatContainsFinds() {
        // One automaton reads a line once for every cue's literals; it must answer as String.contains per literal.
        List<String> literals = CUES.cues().stream().flatMap(c -> c.needs().stream()).distinct().toList();
        LineCues.Needs needs = new LineCues.Needs(CUES.cues());
        Random random = new Random(11);
        String[] pieces = {"a", "e", "r", "é", " ", "-", "|", "/", "(", "©", "ß", "\u00e0"};
        int hits = 0;
        for (int i = 0; i < 20_000; i++) {
            StringBuilder s = new StringBuilder();
            for (int k = random.nextInt(8); k >= 0; k--) {
                // whole literals, their pieces and stray letters, so that partial matches and overlaps occur
                String lit = literals.get(random.nextInt(literals.size()));
                s.append(random.nextInt(3) == 0 ? lit : random.nextBoolean()
                        ? lit.substring(0, random.nextInt(lit.length() + 1)) : pieces[random.nextInt(pieces.length)]);
            }
            String line = s.toString();
            long[] found = needs.hits(line);
            for (int c = 0; c < CUES.cues().size(); c++) {
                boolean expected = CUES.cues().get(c).needs().stream().anyMatch(line::contains);
                assertThat((found[c >>> 6] & (1L << c)) != 0).as("cue %d on \"%s\"", c, line).isEqualTo(expected);
                hits += expected ? 1 : 0;
            }
        }
        assertThat(hits).isGreaterThan(10_000);
    }
}
