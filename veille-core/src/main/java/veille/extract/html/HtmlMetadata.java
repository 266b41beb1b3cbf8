package veille.extract.html;

import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Document;
import veille.kb.KnowledgeBase;

/**
 * What an HTML page's markup says about its article: title, dates, authors, credited agencies, outlet, language,
 * canonical URL, description, section and keywords, each with where it was read ({@link Sourced}).
 *
 * <p>Values follow the analysis contract ({@code docs/json-contract.md}): dates are ISO dates ({@code 2023-09-19}, or
 * {@code --09-19} when the page gives no year) in the page's own calendar; authors are persons only, as written;
 * credits and a known outlet use the canonical names of the outlet list. A value the page does not settle is
 * {@code null} (an empty list for lists), never guessed. Sources, priorities and conflict rules:
 * {@code docs/html-metadata.md}.
 *
 * <pre>{@code
 * HtmlMetadata meta = HtmlMetadata.read(Jsoup.parse(html, url), KnowledgeBase.builtIn());
 * meta.titleValue();   // Optional[La Chine et la Russie ...]
 * }</pre>
 *
 * @param title the headline, without the site's name
 * @param published the publication date
 * @param modified the last update date, when the page gives one
 * @param authors the persons who wrote the article, in page order
 * @param credits the agencies credited for the text (AFP, Reuters, Xinhua...), in page order
 * @param outlet the publishing outlet
 * @param language the ISO 639-1 code the page declares ({@code fr})
 * @param canonicalUrl the article's canonical URL
 * @param description the page's summary
 * @param section the section the article was filed under
 * @param keywords the page's keywords or tags, in page order
 * @param publishedAt the publication's date and time, when the machine value that gave {@code published} states a
 *                    time: ISO 8601, {@code 2023-09-19T08:30:00+08:00} with the offset the page gives, without one
 *                    when it gives none
 * @see HtmlMetadataReader
 */
public record HtmlMetadata(Sourced<String> title, Sourced<String> published, Sourced<String> modified,
                           List<Sourced<String>> authors, List<Sourced<String>> credits, Sourced<String> outlet,
                           Sourced<String> language, Sourced<String> canonicalUrl, Sourced<String> description,
                           Sourced<String> section, List<Sourced<String>> keywords, Sourced<String> publishedAt) {
    /** Metadata with nothing known. */
    public static final HtmlMetadata EMPTY = new HtmlMetadata(null, null, null, List.of(), List.of(), null, null, null,
            null, null, List.of(), null);

    public HtmlMetadata {
        authors = List.copyOf(authors);
        credits = List.copyOf(credits);
        keywords = List.copyOf(keywords);
    }

    /**
     * Reads a page's metadata with a reader built for the call; a batch should build one {@link HtmlMetadataReader}
     * and reuse it.
     */
    public static HtmlMetadata read(Document page, KnowledgeBase kb) {
        return new HtmlMetadataReader(kb).read(page);
    }

    /** The same metadata, every source range cut at {@code length}, the length of the HTML the page was parsed from. */
    HtmlMetadata within(int length) {
        return new HtmlMetadata(within(title, length), within(published, length), within(modified, length),
                authors.stream().map(a -> a.within(length)).toList(),
                credits.stream().map(c -> c.within(length)).toList(),
                within(outlet, length), within(language, length), within(canonicalUrl, length),
                within(description, length), within(section, length),
                keywords.stream().map(k -> k.within(length)).toList(), within(publishedAt, length));
    }

    private static Sourced<String> within(Sourced<String> s, int length) {
        return s == null ? null : s.within(length);
    }

    public Optional<String> titleValue() {
        return value(title);
    }

    public Optional<String> publishedValue() {
        return value(published);
    }

    public Optional<String> publishedAtValue() {
        return value(publishedAt);
    }

    public Optional<String> modifiedValue() {
        return value(modified);
    }

    public Optional<String> outletValue() {
        return value(outlet);
    }

    public Optional<String> languageValue() {
        return value(language);
    }

    public Optional<String> canonicalUrlValue() {
        return value(canonicalUrl);
    }

    /** The author names, in page order. */
    public List<String> authorValues() {
        return authors.stream().map(Sourced::value).toList();
    }

    /** The credited agencies' names, in page order. */
    public List<String> creditValues() {
        return credits.stream().map(Sourced::value).toList();
    }

    /** The keywords, in page order. */
    public List<String> keywordValues() {
        return keywords.stream().map(Sourced::value).toList();
    }

    private static Optional<String> value(Sourced<String> s) {
        return Optional.ofNullable(s).map(Sourced::value);
    }
}
