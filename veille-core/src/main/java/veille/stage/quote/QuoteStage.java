package veille.stage.quote;

import java.util.List;
import java.util.Set;
import veille.doc.Document;
import veille.doc.Entity;
import veille.doc.Quote;
import veille.doc.Sentence;
import veille.doc.Token;
import veille.kb.Actors;
import veille.pipeline.Stage;

/**
 * Finds who said what: direct quotations in any quotation marks, indirect speech ("M. Wang a indiqué que ...",
 * "..., a déclaré M. Li", "selon lui, ..."), and paraphrases keeping quoted fragments, each with its cue and its
 * speaker resolved to an entity of the {@code entities} fact (names, "il"/"elle", "le dirigeant russe", or an
 * unlinked description such as "la chaîne de télévision nationale chinoise").
 *
 * <p>Writes the {@link Quote#KEY} fact, quotes in text order; a quotation repeated verbatim is one quote with every
 * position. Quotation marks around a name ("la Ceinture et la Route") and quotations with neither a cue nor a
 * speaker (scare quotes) are not reported. Stateless and thread-safe.
 *
 * <p>The work, per document: {@link CueFinder} finds the cues, {@link ClauseBounds} bounds what each governs,
 * {@link SpeakerResolver} decides who speaks, {@link QuoteAssembler} and {@link QuoteMerger} make the quotes. Each
 * step costs linear time in the document's length (give or take a logarithm).
 *
 * @see QuoteCues
 */
public final class QuoteStage implements Stage {
    private final Actors actors;
    private final QuoteCues cues;

    /** The stage over the built-in knowledge base and cue lexicon. */
    public QuoteStage() {
        this(Actors.builtIn(), QuoteCues.builtIn());
    }

    /** The stage over a given knowledge base (for speakers' gender and country) and cue lexicon. */
    public QuoteStage(Actors actors, QuoteCues cues) {
        this.actors = actors;
        this.cues = cues;
    }

    @Override
    public String name() {
        return "quotes";
    }

    @Override
    public Set<String> requires() {
        return Set.of(Token.LAYER.name(), Sentence.LAYER.name(), Entity.KEY.name());
    }

    @Override
    public Set<String> produces() {
        return Set.of(Quote.KEY.name());
    }

    @Override
    public Document apply(Document doc) {
        return doc.with(Quote.KEY, new Quote.Quotes(quotes(new QuoteText(doc))));
    }

    private List<Quote> quotes(QuoteText t) {
        if (t.empty()) {
            return List.of();
        }
        List<Cue> found = new CueFinder(t, cues).find();
        List<Cue> bounded = new ClauseBounds(t).bound(found);
        SpeakerResolver resolver = new SpeakerResolver(t, actors, cues);
        List<Cue> resolved = resolver.resolve(bounded);
        return new QuoteAssembler(t, cues, resolver::of, resolver::byPronoun).assemble(resolved);
    }
}
