package veille.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import veille.doc.TextNormalizer;

/** The prefilter of {@link DateReader#findAll}: a pattern is skipped only where it cannot match. */
class DateReaderShapesTest {
    private static final List<Pattern> PATTERNS = List.of(DateReader.ISO, DateReader.NUMERIC, DateReader.DAY_MONTH,
            DateReader.MONTH_DAY);
    private static final int[] BITS = {DateReader.MAY_BE_ISO, DateReader.MAY_BE_NUMERIC, DateReader.MAY_BE_DAY_MONTH,
            DateReader.MAY_BE_MONTH_DAY};

    /**
     * Every pattern that finds something {@link DateReader#findAll} may keep in {@code text} has its bit in
     * {@link DateReader#shapes}: any match, or for {@link DateReader#MONTH_DAY} a match with its year (group 3).
     */
    private static void assertShapesCover(String text) {
        String folded = TextNormalizer.fold(text);
        int shapes = DateReader.shapes(folded);
        for (int p = 0; p < PATTERNS.size(); p++) {
            Matcher m = PATTERNS.get(p).matcher(folded);
            boolean kept = false;
            while (!kept && m.find()) {
                kept = PATTERNS.get(p) != DateReader.MONTH_DAY || m.group(3) != null;
            }
            if (kept) {
                assertThat(shapes & BITS[p]).as("%s in \"%s\"", PATTERNS.get(p), text).isNotZero();
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"Xinhua | 20.09.2023 08h36", "Dernière mise à jour à 08h50 le 19/11", "2025-04-09 21:14:07",
            "Publié le 19 février 2025 à 10h32", "le 1er mars 2024", "le 1ER\tmars", "le 1ſt\u000Bmarch", "14 mars",
            "PÉKIN, 12 mars (Xinhua)", "le 25 juin, 2016", "March 14, 2024", "Published Monday, November 18, 2019 8:22AM",
            "12 sept. 2023", "sept.\n12, 2023", "Sept 12th\t2023", "may 1st,\u000B1999", "ſept 12 2023", "MAR  3RD 1999", "12 ſept",
            "DEC. 25, 2024", "1 ıan", "mai\t\t2, 2020", "3-4", "2024-1-02", "19/11", "1.2", "9\r\nmai", "Mai 2"})
    void coversDatesWrittenEveryWay(String text) {
        assertShapesCover(text);
    }

    @Property(tries = 3000)
    void coversEveryMatchOfRandomLines(@ForAll("lines") String line) {
        assertShapesCover(line);
    }

    @Property(tries = 2000)
    void coversEveryMatchOfRandomCharacters(@ForAll @StringLength(max = 24)
            @Chars({'1', '2', '9', '0', ' ', '\t', '\n', '\u000B', '\f', '\r', '\u00A0', '.', '/', '-', ',', 'e', 'r', 's',
                    't', 'h', 'n', 'd', 'm', 'a', 'i', 'j', 'u', 'ſ', 'É', 'é', 'x', 'J', 'M', 'S', 'T', 'İ', 'ı', 'K',
                    'Ş'}) String s) {
        assertShapesCover(s);
    }

    @Property(tries = 500)
    void aLineWithoutDigitsHasNoShape(@ForAll("lines") String line) {
        String noDigits = line.replaceAll("[0-9]", "x");
        assertThat(DateReader.shapes(TextNormalizer.fold(noDigits))).isZero();
        assertThat(DateReader.findAll(noDigits)).isEmpty();
    }

    /** Lines built of the pieces dates are written with, glued by every kind of separator. */
    @Provide
    Arbitrary<String> lines() {
        Arbitrary<String> piece = Arbitraries.oneOf(
                Arbitraries.integers().between(0, 2099).map(String::valueOf),
                Arbitraries.of("1er", "2nd", "3RD", "4th", "21st", "ſt", "er"),
                Arbitraries.of("janvier", "janv.", "Février", "fevr", "mars", "MAR", "avril", "mai", "juin", "juil.",
                        "août", "aout", "septembre", "sept.", "Sep", "oct", "nov.", "décembre", "déc", "December",
                        "May", "June", "jul"),
                Arbitraries.of("le", "Publié", "à", "Xinhua", "(AFP)", "h", "08h36", "10:32", "|", "—", "T", "Z", "ſept",
                        "MAİ", "JUNE", "Oct.", "DÉC"));
        Arbitrary<String> glue = Arbitraries.of("", " ", "  ", "\t", "\n", "\u00A0", ",", ", ", ".", "/", "-", ". ");
        return Arbitraries.oneOf(piece, glue).list().ofMaxSize(8).map(parts -> String.join("", parts));
    }

    /** The month-day prefilter's word list holds every spelling the pattern's month alternation reads. */
    @org.junit.jupiter.api.Test
    void theMonthWordsAreEverySpellingOfThePattern() {
        String alternation = DateReader.MONTH_WORD.substring(1, DateReader.MONTH_WORD.indexOf(')'));
        java.util.Set<String> spellings = new java.util.TreeSet<>();
        for (String branch : alternation.split("\\|")) {
            List<String> forms = List.of("");
            for (Matcher part = Pattern.compile("\\[([^\\]]+)]|([^\\[])").matcher(branch); part.find(); ) {
                String choices = part.group(1) != null ? part.group(1) : part.group(2);
                forms = forms.stream().flatMap(f -> choices.chars().mapToObj(c -> f + (char) c)).toList();
            }
            spellings.addAll(forms);
        }
        assertThat(spellings).hasSizeGreaterThan(40);
        assertThat(new java.util.TreeSet<>(DateReader.MONTH_WORDS)).isEqualTo(spellings);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Mars 3 2024", "MARCH 3, 2024", "ſeptember 12 2023", "Aoû 3 2020", "AOÛT 3 2020",
            "DÉCEMBRE 25 2024", "Sept. 12 2023", "page 12 2023", "le 12 2023", "Jean 12 2023", "ıan 3 2024", "xmar 3 2024"})
    void coversMonthWordsBeforeTheDayInAnyCase(String text) {
        assertShapesCover(text);
    }
}
