package veille.doc;

import java.util.List;
import java.util.Optional;

/**
 * What the page says about the article: title, outlet, credits, authors, publication date, dateline.
 *
 * <p>A value the page does not settle is absent ({@code null} in JSON), never guessed. {@code published}
 * is an ISO date ({@code 2023-09-20}) or, when the page gives no year, {@code --MM-DD}.
 *
 * @param title the headline
 * @param outlet the publishing outlet, when the page names itself (canonical name from the outlet list)
 * @param credits agencies credited for the text (canonical names)
 * @param authors authors or editors, as written
 * @param published the publication (or last update) date
 * @param dateline the place of the dateline, in its usual form as written ("Beijing")
 * @param publishedAt the publication's date and time when the page states a time for the date {@code published}
 *                    comes from (ISO 8601, {@code 2023-09-19T08:30:00+08:00}; no offset when the page gives none)
 */
public record ArticleMeta(Fact<String> title, Fact<String> outlet, List<Fact<String>> credits,
                          List<Fact<String>> authors, Fact<String> published, Fact<String> dateline,
                          Fact<String> publishedAt) {
    /** Document fact key. */
    public static final Key<ArticleMeta> KEY = Key.of("meta", ArticleMeta.class);

    /** Metadata with nothing known. */
    public static final ArticleMeta EMPTY = new ArticleMeta(null, null, List.of(), List.of(), null, null);

    public ArticleMeta {
        credits = List.copyOf(credits);
        authors = List.copyOf(authors);
    }

    /** Metadata without a publication time (page text states dates only). */
    public ArticleMeta(Fact<String> title, Fact<String> outlet, List<Fact<String>> credits, List<Fact<String>> authors,
                       Fact<String> published, Fact<String> dateline) {
        this(title, outlet, credits, authors, published, dateline, null);
    }

    public Optional<String> titleValue() {
        return Optional.ofNullable(title).map(Fact::value);
    }

    public Optional<String> outletValue() {
        return Optional.ofNullable(outlet).map(Fact::value);
    }

    public Optional<String> publishedValue() {
        return Optional.ofNullable(published).map(Fact::value);
    }

    public Optional<String> publishedAtValue() {
        return Optional.ofNullable(publishedAt).map(Fact::value);
    }

    public Optional<String> datelineValue() {
        return Optional.ofNullable(dateline).map(Fact::value);
    }

    /** The credit values, in page order. */
    public List<String> creditValues() {
        return credits.stream().map(Fact::value).toList();
    }

    /** The author values, in page order. */
    public List<String> authorValues() {
        return authors.stream().map(Fact::value).toList();
    }
}
