package veille.stage.talk;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import veille.doc.Document;
import veille.doc.Quote;
import veille.doc.TalkingPointMatch;
import veille.kb.TalkingPointCatalogue;
import veille.pipeline.Stage;

/**
 * Finds the catalogued talking points in an article ({@link TalkingPointCatalogue}) and, when one lies in a quote,
 * names the quote's speaker. Writes {@link TalkingPointMatch#KEY}. Stateless and thread-safe.
 */
public final class TalkingPointStage implements Stage {
    private final TalkingPointCatalogue catalogue;

    /** The stage over a catalogue (the built-in one plus a user's tables: {@code KnowledgeBase.talkingPoints()}). */
    public TalkingPointStage(TalkingPointCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public String name() {
        return "talking-points";
    }

    @Override
    public Set<String> requires() {
        return Set.of(Quote.KEY.name());
    }

    @Override
    public Set<String> produces() {
        return Set.of(TalkingPointMatch.KEY.name());
    }

    @Override
    public Document apply(Document doc) {
        List<Quote> quotes = doc.find(Quote.KEY).map(Quote.Quotes::all).orElse(List.of());
        List<TalkingPointMatch> out = new ArrayList<>();
        for (TalkingPointCatalogue.Match m : catalogue.find(doc.text())) {
            String speaker = null;
            for (Quote q : quotes) {
                if (q.hasSpeaker() && q.start() <= m.start() && m.end() <= q.end()) {
                    speaker = q.speakerName();
                    break;
                }
            }
            out.add(new TalkingPointMatch(m.id(), m.start(), m.end(), m.text(), m.canonical(), speaker));
        }
        return doc.with(TalkingPointMatch.KEY, new TalkingPointMatch.Matches(out));
    }
}
