package veille.talk;

import java.util.List;
import java.util.Objects;

/**
 * One analysed article as discovery reads it: where it comes from, who published it and when, its text, and the
 * spans of its quotes with their speakers (so that a member inside a quote names who said it).
 *
 * @param source the input path or URL, the article's id
 * @param outlet the publishing outlet's name, or null when unknown
 * @param published the publication date ({@code 2024-03-18}), or null
 * @param publishedAt the date and time ({@code 2024-03-18T09:27}), or null when the page states no time
 * @param text the article text the offsets point into
 * @param quotes the quoted (or reported) words with their speakers
 * @param stateAffiliated whether the outlet is state-owned or state-directed, when known
 */
public record Article(String source, String outlet, String published, String publishedAt, String text,
                      List<Quoted> quotes, boolean stateAffiliated) implements java.io.Serializable {
    public Article {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(text, "text");
        quotes = List.copyOf(quotes);
    }

    /** The sort key of first seen: the date and time when known, else the date; undated articles last. */
    String timeKey() {
        String t = publishedAt != null ? publishedAt : published;
        return t == null || t.startsWith("--") ? "~" : t;
    }

    /**
     * A quote's span and its speaker.
     *
     * @param start first character of the quoted words
     * @param end one past the last
     * @param speaker the speaker's name, or null when unknown
     */
    public record Quoted(int start, int end, String speaker) implements java.io.Serializable {
    }
}
