package veille.extract.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Datelines as page text writes them ("Beijing - ", "PÉKIN, 12 mars (Xinhua) -- ", "MOSCOU (AFP) - "). */
public final class Datelines {
    /** "PÉKIN, 19 septembre (Xinhua) -- ", "MOSCOU (AFP) - ": the agency (group 1) in a dispatch's dateline. */
    public static final Pattern AGENCY = Pattern.compile(
            "^\\p{Lu}[\\p{L}'’. -]{1,40}?(?:,[^()]{1,30})?\\s*\\(([^()]{2,30})\\)\\s*[-–—]");

    private Datelines() {
    }

    /** Where the dateline prefix of a paragraph ends (after its dash), or -1 when the paragraph has none. */
    public static int prefixEnd(String paragraph) {
        Matcher m = MetadataReader.DATELINE.matcher(paragraph);
        return m.lookingAt() ? m.end() : -1;
    }
}
