package veille.extract.text;

import java.util.regex.Matcher;

/** Datelines as page text writes them ("Beijing - ", "PÉKIN, 12 mars (Xinhua) -- ", "MOSCOU (AFP) - "). */
public final class Datelines {
    private Datelines() {
    }

    /** Where the dateline prefix of a paragraph ends (after its dash), or -1 when the paragraph has none. */
    public static int prefixEnd(String paragraph) {
        Matcher m = MetadataReader.DATELINE.matcher(paragraph);
        return m.lookingAt() ? m.end() : -1;
    }
}
