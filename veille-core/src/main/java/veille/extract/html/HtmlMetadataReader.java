package veille.extract.html;

import java.util.List;
import java.util.Objects;
import org.jsoup.nodes.Document;
import veille.kb.KnowledgeBase;
import veille.kb.Outlets;
import veille.time.DateReader;

/**
 * Reads an HTML page's article metadata ({@link HtmlMetadata}) from JSON-LD, OpenGraph and other {@code <meta>}
 * tags, microdata and RDFa, Arc's Fusion content, {@code <time>} elements, bylines and visible stamps.
 *
 * <p>Each field has an ordered list of sources and a few conflict rules, documented in {@code docs/html-metadata.md}:
 * in short, machine-readable metadata first, the visible page where it is more trustworthy (the article's own
 * {@code <h1>} for the title, the outlet's local calendar day for a date given in UTC). Cue words, classes and
 * {@code <meta>} keys are data ({@code veille/kb/html-meta-cues.tsv}). Dates are read by {@link DateReader}.
 *
 * <p>When the page was parsed with position tracking ({@code Parser#setTrackPosition(true)}) every value carries the
 * source offsets it was read from. A page of any shape is read without throwing: malformed JSON-LD is ignored,
 * deep nesting is walked iteratively, and an unexpected failure yields {@link HtmlMetadata#EMPTY}. Immutable and
 * thread-safe: build one reader and share it.
 *
 * <p>Each field has a reader of its own, run once per page in the order their dependencies ask: {@link MetaIndex}
 * (the page's {@code <meta>} tags and JSON-LD objects, indexed once), {@link OutletReader} (canonical URL, outlet
 * and the site's names), {@link DescriptiveFields} (section, language, description, keywords), {@link TitleReader}
 * (title and the headline's place), {@link Stamps} and {@link DatesReader} (dates), {@link AuthorsReader} and
 * {@link Credits} (authors and agencies).
 */
public final class HtmlMetadataReader {
    private final HtmlMetaCues cues;
    private final OutletNames outlets;
    private final Bylines bylines;

    /** A reader using the outlet list of {@code kb}. */
    public HtmlMetadataReader(KnowledgeBase kb) {
        this(kb.outlets());
    }

    HtmlMetadataReader(Outlets outlets) {
        this.cues = HtmlMetaCues.builtIn();
        this.outlets = new OutletNames(outlets);
        this.bylines = new Bylines(cues, this.outlets);
    }

    /** SHA-256 of the cue table in use, for provenance. */
    public String cuesSha256() {
        return cues.sha256;
    }

    /**
     * Reads one page's metadata. Never throws for a page's content; a failure nobody foresaw gives
     * {@link HtmlMetadata#EMPTY} rather than stopping a batch.
     */
    public HtmlMetadata read(Document page) {
        Objects.requireNonNull(page, "page");
        try {
            return readStrict(page);
        } catch (RuntimeException | StackOverflowError e) {
            return HtmlMetadata.EMPTY; // one hostile page must not stop the batch; its text is still extracted
        }
    }

    /**
     * {@link #read(Document)} of a page parsed from {@code source} with position tracking: every source range lies
     * within the source, even where jsoup places the end of a page cut inside a tag one past it.
     */
    public HtmlMetadata read(Document page, String source) {
        return read(page).within(source.length());
    }

    /** {@link #read} without its safety net, for tests that must see any failure. */
    HtmlMetadata readStrict(Document page) {
        return readPage(page);
    }

    /** {@link #read(Document, String)} without its safety net. */
    HtmlMetadata readStrict(Document page, String source) {
        return readStrict(page).within(source.length());
    }

    /** The reading of one page: each field from its reader, in the order their dependencies ask. */
    private HtmlMetadata readPage(Document page) {
        MetaIndex index = new MetaIndex(page, cues);
        // the site's names first: titles lose them, and bylines never read them as persons
        OutletReader.Site site = OutletReader.read(index, outlets);
        Sourced<String> section = DescriptiveFields.section(index);
        TitleReader.Headline headline = TitleReader.read(index, site.names(), section);
        // stamps, bylines and credits are looked for around the headline
        int anchor = headline.anchorOrder();
        FoldedBlocks folded = new FoldedBlocks(index.scan().blocks);
        Stamps stamps = new Stamps(index.scan(), cues, folded, anchor);
        DatesReader.Dates dates = DatesReader.read(index, stamps, anchor);
        Credits credits = new Credits();
        List<Sourced<String>> authors = AuthorsReader.read(index, outlets, bylines, site.names(), folded, credits,
                anchor);
        credits.readVisible(index, outlets, folded, stamps, anchor);
        DateHit published = dates.published();
        DateHit modified = dates.modified();
        return new HtmlMetadata(headline.title(), published == null ? null : published.sourced(),
                modified == null ? null : modified.sourced(), authors, credits.all(), site.outlet(),
                DescriptiveFields.language(index), site.canonical(), DescriptiveFields.description(index), section,
                DescriptiveFields.keywords(index), published == null ? null : published.time());
    }
}
