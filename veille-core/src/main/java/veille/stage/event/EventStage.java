package veille.stage.event;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import veille.doc.Amount;
import veille.doc.ArticleMeta;
import veille.doc.Document;
import veille.doc.Entity;
import veille.doc.EntityType;
import veille.doc.Event;
import veille.doc.Language;
import veille.doc.MentionKind;
import veille.doc.Quote;
import veille.doc.Sentence;
import veille.doc.SyntaxToken;
import veille.doc.TextNormalizer;
import veille.doc.Token;
import veille.kb.Places;
import veille.pipeline.Stage;
import veille.time.TimeExpressions;
import veille.internal.Sorted;

/**
 * Finds diplomatic events (PLOVER types with CONSULT modes), each with its participants among the article's
 * entities, place, date, status and evidence, and the amounts the article states.
 *
 * <p>One event per trigger clause: the participants are the persons, organisations and countries named in the
 * sentence ("avec X", "son homologue X", the subject), "les deux parties"/"les deux pays"/"les deux ministres" are the
 * article's main actors, and a pronoun subject is the person last named. The place is a place named after "à", "en",
 * "au" in the sentence, else, for what happened, the first such place of the article; the date is the sentence's
 * date expression normalised against the publication date ({@link TimeExpressions}), else, for what happened, the
 * article's first day. Events of one type with the same participants are merged, keeping every evidence span.
 *
 * <p>Directed acts (every type but CONSULT and AGREE) take their actor and target from around the trigger ("par X"
 * for a passive, the actor before it, the one after it or after "auprès de"/"contre"), count collective actors named
 * without a name ({@link EventGroups}), and are dropped when quoted, negated, or a verbal act inside a quote; a
 * trigger noun after "cette"/"la" is the event already reported.
 * Writes {@link Event#KEY} and {@link Amount#KEY}. Stateless and thread-safe.
 *
 * @see EventTriggers
 * @see AmountReader
 * @see EventWords
 * @see EventGroups
 */
public final class EventStage implements Stage {
    private static final Pattern PLACE_BEFORE = Pattern.compile("(?:^|\\s)(?:à|au|aux|en|dans|vers|in)\\s*$|à l'$");
    private static final Pattern GENITIVE = Pattern.compile("(?:^|[\\s'])(?:de|du|des|d'|de la|de l')\\s*$");
    private static final Pattern PLURAL_SUBJECT = Pattern.compile("(?:^|[\\s,])(?:ils|elles)\\s");
    /** The entity type of a collective actor named without a proper name ({@link EventGroups}). */
    /** The id prefix of a group the text names without a proper name ("les manifestants"), typed ORG. */
    private static final String GROUP = "new:group:";
    /** "par" right before an actor after the trigger: the agent of a passive ("rejetée par le gouvernement"). */
    private static final Pattern BY = Pattern.compile("(?:^|\\s)(?:par|de la part)(?: \\p{L}+)?\\s*(?:l'|le |la |les |des |du )?$");
    private static final Pattern CLAUSE_BREAK = Pattern.compile(";|, (?:tandis que|alors que|mais|et que) ");
    /** A definite or demonstrative determiner right before a trigger noun: an event told before ("cette manifestation"). */
    private static final Pattern ANAPHOR = Pattern.compile("(?:^|[\\s'])(?:cette|cet|ce|ces|la|le|les|l')\\s*$|(?:^|\\s)l'$");
    /** A demonstrative right before a trigger noun: an event told before, of any type ("ce rachat", "cette rencontre"). */
    private static final Pattern DEMONSTRATIVE = Pattern.compile("(?:^|\\s)(?:cette|cet|ce|ces)\\s*$");
    /** Between a collective actor and the state or organisation it belongs to: "le gouvernement des États-Unis". */
    private static final Pattern OWNER = Pattern.compile("\\s*(?:de la |de l'|du |des |de |d')\\s*");
    /** A lower-case word after another word: where a nationality adjective stands ("la proposition russe"). */
    private static final Pattern ADJECTIVE = Pattern.compile("(?<=\\p{L} )(\\p{Ll}[\\p{L}-]+)");
    /** Before the actor a directed act is addressed to: "auprès de la Chine", "contre la Russie". */
    private static final Pattern TARGET_CUE = Pattern.compile("(?:^|\\s)(?:auprès|contre|envers)(?: de| d'| du| des)?\\s*(?:la |le |l'|les )?$");
    /** A colon after a headline's first name: "France : ...", a rubric. */
    private static final Pattern RUBRIC = Pattern.compile("\\s*:");
    /** The first day of a range right before a date: "du 25 au [27 janvier]", "entre le 3 et le [5 mai]". */
    private static final Pattern RANGE_START = Pattern.compile("(?:^|\\s)(?:du|entre le) (\\d{1,2})(?:er)? (?:au|et le) (?:le )?$");
    private static final Pattern AT = Pattern.compile("(?:^|\\s)(?:à|in)\\s*$");

    /** Types with an actor and a target: their participants are read around the trigger, not the whole sentence. */
    private static final Set<String> DIRECTED = Set.of("SUPPORT", "REJECT", "ACCUSE", "REQUEST", "THREATEN",
            "SANCTION", "MOBILIZE", "AID", "PROTEST", "RETREAT", "CONCEDE", "COOPERATE");

    /** Acts done by saying: inside a quote they are the quote's content, not an event. */
    private static final Set<String> VERBAL = Set.of("SUPPORT", "REJECT", "ACCUSE", "REQUEST", "THREATEN");

    private final EventTriggers triggers;
    private final TriggerIndex triggerIndex;
    private final TimeExpressions time;
    private final AmountReader amounts;
    private final Places places;
    private final EventWords words;
    private final EventGroups groups = EventGroups.builtIn();
    private final EventSyntax syntax = EventSyntax.builtIn();
    private final veille.kb.Actors actors = veille.kb.Actors.builtIn();

    /** The stage over the built-in trigger, time and amount lexicons and places. */
    public EventStage() {
        this(EventTriggers.builtIn(), TimeExpressions.builtIn(), AmountReader.builtIn(), Places.builtIn());
    }

    /** The stage over the built-in lexicons and given places (to read "Moscou et Pékin" as Russia and China). */
    public EventStage(Places places) {
        this(EventTriggers.builtIn(), TimeExpressions.builtIn(), AmountReader.builtIn(), places);
    }

    /** The stage over given lexicons and places, and the built-in event words. */
    public EventStage(EventTriggers triggers, TimeExpressions time, AmountReader amounts, Places places) {
        this(triggers, time, amounts, places, EventWords.builtIn());
    }

    /** The stage over given lexicons, places and event words. */
    public EventStage(EventTriggers triggers, TimeExpressions time, AmountReader amounts, Places places,
                      EventWords words) {
        this.triggers = triggers;
        this.triggerIndex = new TriggerIndex(triggers);
        this.time = time;
        this.amounts = amounts;
        this.places = places;
        this.words = words;
    }

    @Override
    public String name() {
        return "events";
    }

    @Override
    public Set<String> requires() {
        return Set.of(Token.LAYER.name(), Sentence.LAYER.name(), Entity.KEY.name(), Quote.KEY.name());
    }

    @Override
    public Set<String> produces() {
        return Set.of(Event.KEY.name(), Amount.KEY.name());
    }

    @Override
    public Document apply(Document doc) {
        List<Amount> found = amounts.find(doc.text(), titleEnd(doc));
        if (!doc.find(Language.KEY).map(l -> l.isFrench() || l.code().equals("und")).orElse(true)) {
            // The reader follows French conventions ("4,000" is four, any noun may be counted): in another language
            // only money and percentages written without comma groups are sure enough to keep.
            found = found.stream().filter(a -> !a.unit().equals("count") && !COMMA_GROUPS.matcher(a.text()).find())
                    .toList();
        }
        return doc.with(Amount.KEY, new Amount.Amounts(found)).with(Event.KEY, new Event.Events(new Run(doc).events()));
    }

    private static final Pattern COMMA_GROUPS = Pattern.compile("\\d,\\d{3}(?!\\d)");

    /** Where the title ends in the text (0 without one): the body's amounts that repeat the title's are its own. */
    private static int titleEnd(Document doc) {
        return doc.find(veille.doc.Blocks.KEY).flatMap(b -> b.all().stream()
                        .filter(x -> x.kind() == veille.doc.BlockKind.TITLE).findFirst())
                .map(veille.doc.Block::end).orElse(0);
    }

    private record Mention(int start, int end, Entity entity, boolean place, boolean modifier, boolean at) {
    }

    private record Draft(Event event, String key) {
    }

    /** Whose the document's main actors are: its most named persons or its most named countries. */
    private enum MainKind { PERSONS, COUNTRIES }

    /** The participants the tree gives a trigger, and whether its verb is negated. */
    private record SyntaxParts(List<Event.Actor> actors, boolean negated, boolean oneSided, boolean speculative,
                               boolean participleNoun, boolean leavesPlace, boolean receivesThings, boolean unreal,
                               boolean nounAlone, boolean nobodyActs, boolean opinion, boolean supportsThing,
                               boolean bare) {
    }

    private record TriggerMatch(EventTriggers.Trigger t, int ts, int te) {
    }

    /** One document's analysis; not shared between threads. */
    private final class Run {
        final Document doc;
        final String text;
        final String low;
        final List<Mention> mentions = new ArrayList<>();
        final List<TimeExpressions.TimeExpression> times;
        final String anchor;
        final Map<String, Integer> counts = new HashMap<>();
        final Map<Event.Actor, EntityType> typeOf = new HashMap<>();
        final Map<String, Entity> byId = new HashMap<>();
        /** Memoised per document, so that long documents cost linear time. */
        final Map<MainKind, List<Event.Actor>> mainActors = new HashMap<>();
        Map<Integer, List<TimeExpressions.TimeExpression>> timesBySentence;
        List<Quote> quotes;
        int[] quoteMaxEnd;
        /** The syntax layer (empty when the pipeline has no syntax stage) and the tree of the sentence last read. */
        final List<SyntaxToken> syntaxLayer;
        /** Where the headline ends in the text, 0 without one. */
        final int titleEnd;
        EventSyntax.Tree tree;
        int treeStart = -1;
        /** For each mention, the index of the last person mention up to it, -1 when none. */
        int[] lastPerson;

        /** The country of a city the article names as an actor ("Moscou et Pékin"), when the article names it too. */
        Event.Actor countryOf(Entity city) {
            if (city.type() != EntityType.LOC || isCountry(city.id())) {
                return null;
            }
            return places.find(city.name()).filter(p -> p.kind().equals("city")).map(p -> byId.get(p.country()))
                    .map(EventStage::actor).orElse(null);
        }

        boolean isPerson(Event.Actor a) {
            return typeOf.get(a) == EntityType.PER;
        }

        Run(Document doc) {
            this.doc = doc;
            this.text = doc.text();
            char[] c = TextNormalizer.fold(text).toCharArray();
            for (int i = 0; i < c.length; i++) {
                c[i] = Character.toLowerCase(c[i]);
            }
            this.low = new String(c);
            this.anchor = doc.find(ArticleMeta.KEY).flatMap(ArticleMeta::publishedValue).orElse(null);
            this.times = time.find(text, anchor);
            this.syntaxLayer = doc.layer(SyntaxToken.LAYER);
            int[] title = doc.find(veille.doc.Blocks.KEY).flatMap(b -> b.inText().stream()
                    .filter(x -> x.kind() == veille.doc.BlockKind.TITLE).findFirst())
                    .map(b -> new int[] {b.start(), b.end()}).orElse(new int[] {0, 0});
            this.titleEnd = title[1];
            for (Entity e : doc.find(Entity.KEY).map(Entity.Entities::all).orElse(List.of())) {
                if (e.type() == EntityType.MISC) {
                    continue;
                }
                for (Entity.Mention m : e.mentions()) {
                    if (m.end() > text.length()) {
                        continue;
                    }
                    String before = low.substring(Math.max(0, m.start() - 30), m.start());
                    boolean place = e.type() == EntityType.LOC
                            && (PLACE_BEFORE.matcher(before).find() || words.waters.matcher(e.name()).find());
                    // "le secrétaire général de l'ONU", "selon le ministère": a qualifier or a source, not an actor
                    boolean modifier = e.type() != EntityType.PER && m.how() != MentionKind.ROLE
                            && ((GENITIVE.matcher(before).find() && !words.notOf.matcher(before).find())
                                || words.source.matcher(before).find());
                    // "France : mobilisation contre ...": a headline's rubric is where, not who
                    place |= e.type() == EntityType.LOC && m.start() >= title[0] && m.end() <= title[1]
                            && RUBRIC.matcher(text)
                            .region(m.end(), Math.min(text.length(), m.end() + 3)).lookingAt()
                            && text.substring(title[0], m.start()).isBlank();
                    mentions.add(new Mention(m.start(), m.end(), e, place, modifier, AT.matcher(before).find()));
                    counts.merge(e.id(), 1, Integer::sum);
                    typeOf.put(actor(e), e.type());
                    byId.put(e.id(), e);
                }
            }
            // Collective actors without a name ("des milliers de manifestants", "le collectif"), where no entity is.
            java.util.BitSet named = new java.util.BitSet(text.length());
            for (Mention m : mentions) {
                named.set(m.start(), m.end());
            }
            // only in sentences that may report an event: the groups take part in nothing else (speed)
            List<EventGroups.Group> found = new ArrayList<>();
            for (Sentence s : doc.layer(Sentence.LAYER)) {
                String sl = low.substring(s.start(), s.end());
                if (triggerIndex.any(sl)) {
                    found.addAll(groups.find(text, low, s.start(), s.end()));
                }
            }
            for (EventGroups.Group g : found) {
                if (named.get(g.start(), g.end()).isEmpty() && ownerNamed(g)) {
                    continue; // "le gouvernement des États-Unis": the state named after it acts
                }
                if (named.get(g.start(), g.end()).isEmpty()) {
                    Entity e = new Entity(GROUP + low.substring(g.start(), g.end()), EntityType.ORG, g.name(), List.of(),
                            List.of(new Entity.Mention(g.start(), g.end(), MentionKind.NAME)), 1.0, null);
                    String before = low.substring(Math.max(0, g.start() - 30), g.start());
                    mentions.add(new Mention(g.start(), g.end(), e, false, words.source.matcher(before).find(),
                            AT.matcher(before).find()));
                    counts.merge(e.id(), 1, Integer::sum);
                    typeOf.put(actor(e), e.type());
                    byId.put(e.id(), e);
                }
            }
            mentions.sort(Comparator.comparingInt(Mention::start));
        }

        /**
         * Whether the organisation or state named right after the group ("le gouvernement *des États-Unis*", "les
         * autorités *de la Russie*") is who acts; that mention is then an actor, not a qualifier or a place. A city
         * after it ("la communauté chinoise de Paris") is where the group lives, not who it is.
         */
        private boolean ownerNamed(EventGroups.Group g) {
            for (int i = 0; i < mentions.size(); i++) {
                Mention m = mentions.get(i);
                if (m.start() >= g.end() && m.start() <= g.end() + 7
                        && OWNER.matcher(low.substring(g.end(), m.start())).matches()
                        && (m.entity().type() == EntityType.ORG || isCountry(m.entity().id()))) {
                    mentions.set(i, new Mention(m.start(), m.end(), m.entity(), false, false, m.at()));
                    return true;
                }
            }
            return false;
        }

        List<Event> events() {
            List<Sentence> sentences = doc.layer(Sentence.LAYER);
            if (sentences.isEmpty() || mentions.isEmpty()) {
                return List.of();
            }
            Event.Actor docPlace = docPlace();
            String docDate = docDate();
            Map<String, Event> merged = new LinkedHashMap<>();
            for (int k = 0; k < sentences.size(); k++) {
                Sentence s = sentences.get(k);
                previousStart = sentences.get(Math.max(0, k - 2)).start();
                for (Event e : sentence(s, docPlace, docDate)) {
                    String key = null;
                    for (var m : merged.entrySet()) {
                        if (sameEvent(m.getValue(), e)) {
                            key = m.getKey();
                            break;
                        }
                    }
                    if (key == null && (DIRECTED.contains(e.type()) ? ANAPHOR : DEMONSTRATIVE)
                            .matcher(low.substring(Math.max(0, e.start() - 10), e.start())).find()) {
                        // "cette manifestation", "la rencontre": the event already reported, told again
                        for (var m : merged.entrySet()) {
                            Event o = m.getValue();
                            // a meeting or agreement told again has the same status and mode ("cette visite" after
                            // a video call is the visit it plans, another event)
                            if (o.type().equals(e.type()) && (DIRECTED.contains(e.type())
                                    || (Objects.equals(o.status(), e.status()) && Objects.equals(o.mode(), e.mode())))) {
                                key = m.getKey();
                            }
                        }
                    }
                    if (key == null) {
                        merged.put(e.type() + "|" + merged.size(), e);
                    } else {
                        merged.put(key, merge(merged.get(key), e));
                    }
                }
            }
            List<Event> out = new ArrayList<>(merged.values());
            int titleEnd = titleEnd();
            // The headline restates the article's main event: when the body reports one of its type, that is it.
            out.removeIf(e -> e.evidence().getLast().end() <= titleEnd && merged.values().stream()
                    .anyMatch(o -> o != e && o.type().equals(e.type()) && o.evidence().getFirst().start() >= titleEnd
                            && o.participants().stream().anyMatch(e.participants()::contains)));
            out.sort(Comparator.comparingInt(Event::start).thenComparingInt(Event::end));
            return out;
        }

        /** Where the headline ends in the text, 0 when the article has none. */
        int titleEnd() {
            return doc.find(veille.doc.Blocks.KEY).flatMap(b -> b.inText().stream()
                    .filter(x -> x.kind() == veille.doc.BlockKind.TITLE).findFirst())
                    .map(veille.doc.Block::end).orElse(0);
        }

        /** One type and status, and the participants of one contained in the other's. */
        boolean sameEvent(Event a, Event b) {
            if (!a.type().equals(b.type()) || !a.status().equals(b.status())) {
                return false;
            }
            if (a.type().equals("AGREE") && (a.evidence().getLast().end() <= b.evidence().getFirst().start()
                    || a.end() <= b.start() || b.end() <= a.start())) {
                return false; // two sentences reporting signatures are two documents more often than one
            }
            if (a.date() != null && b.date() != null && !a.date().equals(b.date())) {
                return false;
            }
            List<Event.Actor> x = a.participants();
            List<Event.Actor> y = b.participants();
            return x.containsAll(y) || y.containsAll(x);
        }

        Event merge(Event a, Event b) {
            List<Event.Evidence> ev = new ArrayList<>(a.evidence());
            for (Event.Evidence x : b.evidence()) {
                if (!ev.contains(x)) {
                    ev.add(x);
                }
            }
            ev.sort(Comparator.comparingInt(Event.Evidence::start));
            String mode = a.mode() == null ? b.mode() : b.mode() != null && rank(b.mode()) > rank(a.mode()) ? b.mode() : a.mode();
            // The first report usually names the actors; a later one ("les deux parties") often adds the countries.
            List<Event.Actor> parts = a.participants().size() >= 2 || a.participants().size() >= b.participants().size()
                    ? a.participants() : b.participants();
            return new Event(a.start(), a.end(), a.type(), mode, parts,
                    a.place() != null ? a.place() : b.place(), a.date() != null ? a.date() : b.date(),
                    a.status(), a.occasion() != null ? a.occasion() : b.occasion(), ev);
        }

        List<Event> sentence(Sentence s, Event.Actor docPlace, String docDate) {
            String sl = low.substring(s.start(), s.end());
            // Clause triggers: one event per type; noun-phrase triggers: one event per meeting named.
            Map<String, int[]> byType = new LinkedHashMap<>();
            Map<String, String> modes = new HashMap<>();
            List<Event> out = new ArrayList<>();
            List<TriggerMatch> matches = new ArrayList<>();
            for (EventTriggers.Trigger t : triggerIndex.candidates(sl)) {
                if (t.needs() != null && !t.needs().matcher(sl).find()) {
                    continue;
                }
                Matcher m = t.pattern().matcher(sl);
                while (m.find()) {
                    int ts = s.start() + m.start();
                    int te = s.start() + m.end();
                    if (t.nounPhrase()) {
                        Event e = nounPhraseEvent(s, t, ts, te, docDate);
                        if (e != null) {
                            out.add(e);
                        }
                        continue;
                    }
                    matches.add(new TriggerMatch(t, ts, te));
                }
            }
            for (TriggerMatch x : matches) {
                // "imposé de nouvelles sanctions" holds "sanctions": one trigger, read whole
                if (matches.stream().anyMatch(y -> y != x && y.t().type().equals(x.t().type()) && y.ts() <= x.ts()
                        && x.te() <= y.te() && y.te() - y.ts() > x.te() - x.ts())) {
                    continue;
                }
                int ts = x.ts();
                int te = x.te();
                String key = x.t().type() + "|" + status(sl, ts - s.start(), te - s.start()) + "|"
                        + clauseOf(sl, ts - s.start());
                int[] prev = byType.get(key);
                if (prev == null || ts < prev[0]) {
                    byType.put(key, new int[] {ts, te});
                }
                if (x.t().mode() != null) {
                    modes.merge(key, x.t().mode(), (a, b) -> rank(b) > rank(a) ? b : a);
                }
            }
            for (var e : byType.entrySet()) {
                Event ev = clauseEvent(s, sl, e.getKey().substring(0, e.getKey().indexOf('|')), modes.get(e.getKey()), e.getValue()[0], e.getValue()[1], docPlace, docDate);
                if (ev != null) {
                    out.addAll(ev.type().equals("AGREE") ? perConjunct(s, ev) : List.of(ev));
                }
            }
            return out;
        }

        /**
         * Which clause of the sentence holds {@code at}: clauses are joined by ";" or ", tandis que", ", alors que",
         * ", mais" (two signatures in one sentence are two events).
         */
        int clauseOf(String sl, int at) {
            int n = 0;
            Matcher m = CLAUSE_BREAK.matcher(sl);
            m.region(0, at);
            while (m.find()) {
                n++;
            }
            return n;
        }

        /** Whether a mention of an actor (not a place) starts within {@code [from, to)} of the text. */
        boolean namesActor(int from, int to) {
            for (int i = firstFrom(from); i < mentions.size() && mentions.get(i).start() < to; i++) {
                if (!mentions.get(i).place() && !mentions.get(i).modifier()) {
                    return true;
                }
            }
            return false;
        }

        /** The bounds, within the sentence, of the clause holding {@code at} (see {@link #clauseOf}). */
        int[] clauseSpan(String sl, int at) {
            int from = 0;
            int to = sl.length();
            Matcher m = CLAUSE_BREAK.matcher(sl);
            while (m.find()) {
                if (m.end() <= at) {
                    from = m.end();
                } else if (m.start() >= at) {
                    to = m.start();
                    break;
                }
            }
            return new int[] {from, to};
        }

        int rank(String mode) {
            return switch (mode) {
                case "phone", "video" -> 4;
                case "multilateral" -> 3;
                case "visit" -> 2;
                default -> 1;
            };
        }

        Event clauseEvent(Sentence s, String sl, String type, String mode, int ts, int te, Event.Actor docPlace, String docDate) {
            List<Event.Actor> parts = new ArrayList<>();
            Map<Event.Actor, Integer> at = new HashMap<>();
            List<Event.Actor> qualifiers = new ArrayList<>();
            List<Event.Actor> qualifiersBefore = new ArrayList<>();
            List<Event.Actor> placed = new ArrayList<>();
            Event.Actor place = null;
            boolean placeAt = false;
            int[] clause = clauseSpan(sl, ts - s.start());
            if (!namesActor(s.start() + clause[0], s.start() + clause[1])) {
                clause = new int[] {0, sl.length()}; // a clause naming no one: its actors are the sentence's
            }
            for (int i = firstFrom(s.start()); i < mentions.size() && mentions.get(i).start() < s.end(); i++) {
                Mention m = mentions.get(i);
                Event.Actor a = actor(m.entity());
                boolean inClause = m.start() >= s.start() + clause[0] && m.start() < s.start() + clause[1];
                if (!m.place() && !inClause) {
                    continue; // "X a signé ..., alors que Y ...": the other clause's actors act in the other event
                }
                if (m.place()) {
                    if (m.at() ? (place == null || !placeAt) : (place == null && (isCountry(a.id()) || words.waters.matcher(a.name()).find()))) {
                        if (!(placeAt && !m.at())) {
                            place = a;
                            placeAt = m.at();
                        }
                    }
                    Event.Actor c = isCountry(a.id()) ? a : countryOf(m.entity());
                    if (c != null && !placed.contains(c)) {
                        placed.add(c);
                    }
                } else if (!m.modifier()) {
                    Event.Actor c = countryOf(m.entity());
                    if (c != null) {
                        a = c;
                    }
                    if (!parts.contains(a)) {
                        parts.add(a);
                    }
                    at.merge(a, m.start(), (x, y) -> Math.abs(y - ts) < Math.abs(x - ts) ? y : x);
                } else if (!m.entity().id().startsWith(GROUP) && !words.source.matcher(
                        low.substring(Math.max(0, m.start() - 30), m.start())).find()) {
                    // after the trigger first ("a refusé la proposition de X"), then before ("la proposition de X a été rejetée")
                    if (m.start() >= te) {
                        qualifiers.add(actor(m.entity()));
                    } else {
                        qualifiersBefore.addFirst(actor(m.entity()));
                    }
                }
            }
            SyntaxParts read = syntaxParts(s, ts, te);
            if (read != null && (read.negated() || read.speculative() || read.participleNoun()
                    || (read.oneSided() && type.equals("AGREE")) || (read.leavesPlace() && type.equals("RETREAT"))
                    || (read.receivesThings() && type.equals("CONSULT")) || read.unreal()
                    || (read.nounAlone() && VERBAL.contains(type)) || (read.nobodyActs() && DIRECTED.contains(type) && !type.equals("ACCUSE"))
                    || read.opinion()
                    // "soutiennent une interprétation", "l'autonomie soutenue par X": backing an idea is a statement
                    || (read.supportsThing() && type.equals("SUPPORT"))
                    || (read.bare() && type.equals("REQUEST")))) {
                return null; // "n'a pas condamné", "ne se sont jamais rencontrés"
            }
            if (DIRECTED.contains(type) && parts.size() > 2) {
                parts = sourceAndTarget(parts, at, ts, te);
            }
            if (read != null && !read.actors().isEmpty() && DIRECTED.contains(type)) {
                // the tree's actors; one alone is completed by the nearest other actor read around the trigger
                List<Event.Actor> tree = new ArrayList<>(read.actors());
                Event.Actor addressee = addressee(parts, at, te);
                if (addressee != null && !tree.contains(addressee)) {
                    // "auprès de la Chine", "contre la Russie" said in words: the target, whatever the parse
                    tree = new ArrayList<>(tree.subList(0, 1));
                    tree.add(addressee);
                }
                for (Event.Actor a : parts) {
                    if (tree.size() < 2 && !tree.contains(a)) {
                        tree.add(a);
                    }
                }
                parts = tree;
            }
            if (type.equals("PROTEST") && parts.stream().noneMatch(a -> typeOf.get(a) == EntityType.ORG)) {
                // "des manifestations ont eu lieu contre X": the protesters, unnamed, act; X is what they oppose
                List<Event.Actor> protest = new ArrayList<>();
                protest.add(new Event.Actor(null, words.protesters));
                if (!parts.isEmpty()) {
                    protest.add(parts.getFirst());
                }
                parts = protest;
            }
            qualifiers.addAll(qualifiersBefore);
            // "a refusé la proposition de la France": the owner of what the act is aimed at is its target
            if (DIRECTED.contains(type) && parts.size() < 2 && !qualifiers.isEmpty()
                    && !parts.contains(qualifiers.getFirst())) {
                parts.add(qualifiers.getFirst());
            }
            if (DIRECTED.contains(type) && parts.size() < 2) {
                adjectiveCountry(s, parts);
            }
            if (mode == null || !mode.equals("multilateral")) {
                long persons = parts.stream().filter(a -> isPerson(a)).count();
                if (persons >= 2) {
                    parts.removeIf(a -> !isPerson(a));
                }
            }
            if (parts.size() < 2 && s.end() < text.length() && "?!".indexOf(text.charAt(s.end() - 1)) >= 0) {
                // "son homologue russe Sergue? Lavrov": a damaged letter ended the sentence
                for (int i = firstFrom(s.end()); i < mentions.size() && mentions.get(i).start() <= s.end() + 2; i++) {
                    Mention m = mentions.get(i);
                    if (m.entity().type() == EntityType.PER) {
                        Event.Actor a = actor(m.entity());
                        if (!parts.contains(a)) {
                            parts.add(a);
                        }
                    }
                }
            }
            boolean collective = !type.equals("CONSULT") && !type.equals("AGREE");
            // a headline names its actors: the article's main actors are no stand-ins there
            boolean headline = s.end() <= titleEnd;
            if ((collective && parts.isEmpty()) || (parts.size() < 2 && PLURAL_SUBJECT.matcher(sl).find())) {
                mainActors(MainKind.COUNTRIES, parts);
            }
            Matcher both = words.pair.matcher(sl);
            if (both.find()) {
                String w = both.group(1);
                if (words.pairOfPersons(w)) {
                    mainActors(MainKind.PERSONS, parts);
                }
                if (words.pairOfCountries(w)) {
                    mainActors(MainKind.COUNTRIES, parts);
                }
            }
            if (parts.size() < 2 && !headline) {
                Mention prev = lastPersonBefore(s.start());
                // a person named further back than two sentences stands in only for a pronoun ("il a annulé")
                if (prev != null && (prev.start() >= previousStart || words.personPronoun.matcher(sl).find())
                        && !parts.contains(actor(prev.entity()))) {
                    parts.addFirst(actor(prev.entity()));
                }
            }
            for (Event.Actor a : placed) {
                if (parts.size() < 2 && !parts.contains(a)) {
                    parts.add(a);
                }
            }
            if (parts.size() < 2 && type.equals("AGREE") && !headline) {
                mainActors(MainKind.COUNTRIES, parts);
            }
            if (parts.isEmpty() || speakerAlone(parts, ts) || (DIRECTED.contains(type) && (quoted(sl, ts - s.start()) || insideQuote(type, ts)
                    || words.negated.matcher(low.substring(Math.max(s.start(), ts - 40), ts)).find()))) {
                return null;
            }
            String status = status(sl, ts - s.start(), te - s.start());
            if (type.equals("CONSULT")) {
                String near = low.substring(Math.max(s.start(), ts - 30), Math.min(s.end(), te + 30));
                if (words.phone.matcher(near).find()) {
                    mode = "phone";
                } else if (words.video.matcher(near).find()) {
                    mode = "video";
                } else if (words.margin.matcher(sl).find()) {
                    mode = "multilateral";
                } else if (mode == null || (mode.equals("in_person") && words.visit.matcher(sl).find())) {
                    mode = mode == null ? "in_person" : "visit";
                }
            } else {
                mode = null;
            }
            String occasion = null;
            Matcher mg = words.margin.matcher(sl);
            if (mg.find()) {
                int os = s.start() + mg.end();
                int oe = os;
                while (oe < s.end() && ",;.".indexOf(text.charAt(oe)) < 0) {
                    oe++;
                }
                occasion = text.substring(os, oe).strip();
            }
            if ((place == null || !placeAt) && status.equals("happened") && !mode(mode, "phone", "video") && docPlace != null) {
                place = docPlace;
            }
            String date = date(s, ts, te);
            if (date == null && status.equals("happened")) {
                date = previousDay(s, docDate);
            }
            return new Event(ts, te, type, mode, parts, place, date, status, occasion, List.of(new Event.Evidence(s.start(), s.end())));
        }

        /**
         * The participants the dependency tree gives the trigger at {@code [ts, te)}: the actor each argument phrase
         * names (its nearest entity mention that is not a place, else the owner named after "de", else a nationality
         * adjective: "son homologue américain"); null when the sentence was not parsed.
         */
        SyntaxParts syntaxParts(Sentence s, int ts, int te) {
            if (syntaxLayer.isEmpty()) {
                return null;
            }
            if (treeStart != s.start()) {
                tree = EventSyntax.Tree.of(syntaxLayer, s.start(), s.end());
                treeStart = s.start();
            }
            if (tree == null) {
                return null;
            }
            EventSyntax.Reading r = syntax.read(tree, ts, te);
            if (r == null) {
                return null;
            }
            List<Event.Actor> out = new ArrayList<>();
            for (int head : r.phrases()) {
                Event.Actor a = phraseActor(head);
                if (a != null && !out.contains(a)) {
                    out.add(a);
                }
            }
            boolean leavesPlace = r.placeObject();
            boolean actorObject = false;
            for (int o : r.objects()) {
                Mention m = mentionAt(tree.at(o).start());
                // leaving a city ("quitter Alep") is a move; leaving a country or a region may be a withdrawal
                leavesPlace |= m != null && m.entity().type() == EntityType.LOC && !isCountry(m.entity().id())
                        && places.find(m.entity().name()).map(x -> x.kind().equals("city")).orElse(true);
                actorObject |= phraseActor(o) != null;
            }
            return new SyntaxParts(out, r.negated(), r.oneSided(), r.speculative(), r.participleNoun(), leavesPlace,
                    r.host() && !r.objects().isEmpty() && !actorObject && out.size() < 2, r.unreal(),
                    r.noun() && out.isEmpty(), nobodyActs(r), r.opinion(),
                    !r.themes().isEmpty() && r.themes().stream().allMatch(t -> phraseActor(t) == null), r.bare());
        }

        /**
         * Whether the tree says that no actor does the act: a passive with no agent ("le tracé a été rejeté", "un
         * écran était déployé"). Not for accusations: "X est accusé de Y" reports one whose author (a prosecutor,
         * the press) the article names elsewhere.
         */
        boolean nobodyActs(EventSyntax.Reading r) {
            return r.passiveNoAgent();
        }

        /**
         * One agreement per conjunct of what it bears on: "les rachats de Pixar, Marvel et Lucasfilm", "a racheté X
         * et Y" are as many acquisitions, each with the other participants; the event itself when the tree shows no
         * such coordination of actors.
         */
        List<Event> perConjunct(Sentence s, Event ev) {
            if (syntaxParts(s, ev.start(), ev.end()) == null) {
                return List.of(ev); // (re)builds this sentence's tree; null when it was not parsed
            }
            EventSyntax.Reading r = syntax.read(tree, ev.start(), ev.end());
            if (r == null) {
                return List.of(ev);
            }
            List<Event.Actor> each = new ArrayList<>();
            for (int c : tree.children(r.predicate())) {
                String rel = tree.at(c).relation();
                boolean object = rel.equals("obj") || (r.noun() && rel.startsWith("nmod") && tree.caseOf(c).equals("de"));
                if (!object) {
                    continue;
                }
                List<Integer> conjuncts = new ArrayList<>(List.of(c));
                for (int k = 0; k < conjuncts.size(); k++) {
                    for (int d : tree.children(conjuncts.get(k))) {
                        if (tree.at(d).relation().equals("conj")) {
                            conjuncts.add(d);
                        }
                    }
                }
                for (int k : conjuncts) {
                    Event.Actor a = phraseActor(k);
                    if (a != null && !each.contains(a)) {
                        each.add(a);
                    }
                }
            }
            if (each.size() < 2) {
                return List.of(ev);
            }
            List<Event.Actor> others = new ArrayList<>(ev.participants());
            others.removeAll(each);
            List<Event> out = new ArrayList<>();
            for (Event.Actor a : each) {
                List<Event.Actor> parts = new ArrayList<>(others);
                parts.add(a);
                out.add(new Event(ev.start(), ev.end(), ev.type(), ev.mode(), parts, ev.place(), ev.date(), ev.status(),
                        ev.occasion(), ev.evidence()));
            }
            return out;
        }

        /** The actor a phrase of the tree names, or null. */
        Event.Actor phraseActor(int head) {
            List<Integer> phrase = tree.phrase(head);
            Event.Actor owner = null;
            for (int i : phrase) {
                Mention m = mentionAt(tree.at(i).start());
                if (m == null || m.place()) {
                    continue;
                }
                Event.Actor c = countryOf(m.entity());
                Event.Actor a = c != null ? c : actor(m.entity());
                if (!m.modifier()) {
                    return a;
                }
                if (owner == null && !words.source.matcher(low.substring(Math.max(0, m.start() - 30), m.start())).find()) {
                    owner = a;
                }
            }
            if (owner != null) {
                return owner;
            }
            for (int i : phrase) {
                SyntaxToken t = tree.at(i);
                if (!t.upos().equals("ADJ") && !t.upos().equals("NOUN")) {
                    continue;
                }
                String iso = actors.countryOfAdjective(low.substring(t.start(), t.end())).orElse(null);
                if (iso != null) {
                    Entity named = byId.get(iso);
                    return named != null ? actor(named)
                            : actors.byId(iso).map(x -> new Event.Actor(iso, x.name())).orElse(null);
                }
            }
            return null;
        }

        /** The mention covering {@code pos}, or null. */
        Mention mentionAt(int pos) {
            int i = firstFrom(pos + 1) - 1;
            return i >= 0 && mentions.get(i).start() <= pos && pos < mentions.get(i).end() ? mentions.get(i) : null;
        }

        /**
         * Adds the country a nationality adjective outside any entity mention names ("la proposition russe", "les
         * autorités ukrainiennes", "des financements russes"): the state acting or acted upon.
         */
        void adjectiveCountry(Sentence s, List<Event.Actor> parts) {
            Matcher w = ADJECTIVE.matcher(text);
            w.region(s.start(), s.end());
            while (w.find()) {
                int i = firstFrom(w.start(1)) - 1;
                if (i >= 0 && mentions.get(i).end() > w.start(1)) {
                    continue; // part of a name or role ("le président russe")
                }
                String iso = actors.countryOfAdjective(w.group(1)).orElse(null);
                if (iso == null) {
                    continue;
                }
                Entity named = byId.get(iso);
                Event.Actor a = named != null ? actor(named)
                        : actors.byId(iso).map(x -> new Event.Actor(iso, x.name())).orElse(null);
                if (a != null && !parts.contains(a)) {
                    parts.add(a);
                    return;
                }
            }
        }

        /**
         * The actor of a directed event and the one it is aimed at, read from where they stand around the trigger:
         * "par X" after it is the agent of a passive, else the actor named nearest before the trigger (its subject);
         * the target is the actor named nearest after it (its object, "contre X", "à X").
         */
        List<Event.Actor> sourceAndTarget(List<Event.Actor> parts, Map<Event.Actor, Integer> at, int ts, int te) {
            Event.Actor source = null;
            Event.Actor target = null;
            int before = Integer.MIN_VALUE;
            int after = Integer.MAX_VALUE;
            for (Event.Actor a : parts) {
                int p = at.get(a);
                if (p >= te && BY.matcher(low.substring(Math.max(0, p - 20), p)).find() && source == null) {
                    source = a;
                } else if (p < ts && p > before) {
                    before = p;
                }
            }
            for (Event.Actor a : parts) {
                int p = at.get(a);
                if (a.equals(source)) {
                    continue;
                }
                if (source == null && p == before) {
                    source = a;
                } else if (p >= te && TARGET_CUE.matcher(low.substring(Math.max(0, p - 20), p)).find()) {
                    after = Integer.MIN_VALUE; // "auprès de la Chine", "contre la Russie": the addressee itself
                    target = a;
                } else if (p >= te && p < after) {
                    after = p;
                    target = a;
                }
            }
            List<Event.Actor> out = new ArrayList<>();
            if (source != null) {
                out.add(source);
            }
            if (target != null && !out.contains(target)) {
                out.add(target);
            }
            return out.isEmpty() ? parts : out;
        }

        /** The actor after the trigger that "auprès de", "contre" or "envers" names, or null. */
        Event.Actor addressee(List<Event.Actor> parts, Map<Event.Actor, Integer> at, int te) {
            for (Event.Actor a : parts) {
                Integer p = at.get(a);
                if (p != null && p >= te && TARGET_CUE.matcher(low.substring(Math.max(0, p - 20), p)).find()) {
                    return a;
                }
            }
            return null;
        }

        /**
         * Whether the only actor is the speaker of a quote holding the trigger: "Lin Jian a déclaré que ces
         * manœuvres ..." reports what he said about an event, not an event of his.
         */
        boolean speakerAlone(List<Event.Actor> parts, int ts) {
            if (parts.size() != 1 || parts.getFirst().id() == null) {
                return false;
            }
            for (Quote q : quotesAt(ts)) {
                if (parts.getFirst().id().equals(q.speakerId())) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Whether a quote's words hold the trigger of a verbal act: "la Russie soutient fermement ..., a souligné X"
         * is what X says, a quote; material acts reported in a quote ("ont lancé des manœuvres, a annoncé le
         * ministère") stay events.
         */
        boolean insideQuote(String type, int ts) {
            return VERBAL.contains(type) && !quotesAt(ts).isEmpty();
        }

        /** The quotes whose span holds {@code ts}. */
        List<Quote> quotesAt(int ts) {
            if (quoteMaxEnd == null) {
                quotes = doc.find(Quote.KEY).map(Quote.Quotes::all).orElse(List.of());
                quoteMaxEnd = new int[quotes.size()];
                for (int i = 0; i < quotes.size(); i++) {
                    quoteMaxEnd[i] = Math.max(i > 0 ? quoteMaxEnd[i - 1] : Integer.MIN_VALUE, quotes.get(i).end());
                }
            }
            // Quotes are sorted by start: skip those that all end by ts, stop at the first starting after it.
            int lo = Sorted.firstNotBefore(quotes.size(), i -> quoteMaxEnd[i] <= ts);
            List<Quote> out = new ArrayList<>();
            for (int i = lo; i < quotes.size() && quotes.get(i).start() <= ts; i++) {
                if (ts < quotes.get(i).end()) {
                    out.add(quotes.get(i));
                }
            }
            return out;
        }

        /**
         * Whether the trigger stands between guillemets: "« menace nos intérêts »" is what a speaker says, a quote,
         * not a threat that happened.
         */
        boolean quoted(String sl, int at) {
            int open = 0;
            boolean straight = false;
            for (int i = 0; i < at; i++) {
                char c = sl.charAt(i);
                if (c == '"') {
                    straight = !straight;
                } else if (c == '«' || c == '“') {
                    open++;
                } else if ((c == '»' || c == '”') && open > 0) {
                    open--;
                }
            }
            return open > 0 || straight;
        }

        boolean mode(String mode, String... any) {
            return mode != null && List.of(any).contains(mode);
        }

        Event nounPhraseEvent(Sentence s, EventTriggers.Trigger t, int ts, int te, String docDate) {
            int end = te;
            while (end < s.end() && end - te < 160 && ",;.(".indexOf(text.charAt(end)) < 0
                    && !low.startsWith(" qui ", end)) {
                end++;
            }
            List<Event.Actor> parts = new ArrayList<>();
            Event.Actor place = null;
            for (int i = firstFrom(te); i < mentions.size() && mentions.get(i).start() <= end; i++) {
                Mention m = mentions.get(i);
                if (m.end() <= end) {
                    if (m.place()) {
                        place = actor(m.entity());
                    } else if (m.entity().type() == EntityType.ORG && !parts.contains(actor(m.entity()))) {
                        parts.add(actor(m.entity()));
                    }
                }
            }
            if (parts.isEmpty()) {
                return null;
            }
            String sl = low.substring(s.start(), s.end());
            String before = low.substring(Math.max(s.start(), ts - 12), ts);
            String status = words.nextMeeting.matcher(before).matches() ? "planned" : status(sl, ts - s.start(), te - s.start());
            if (place == null) {
                // "qui s'est tenue à Bichkek": the place follows the noun phrase.
                Matcher held = words.held.matcher(low);
                held.region(end, Math.min(s.end(), end + 60));
                if (held.find()) {
                    for (int i = firstFrom(held.end()); i < mentions.size() && mentions.get(i).start() <= held.end() + 2; i++) {
                        Mention m = mentions.get(i);
                        if (m.entity().type() == EntityType.LOC) {
                            place = actor(m.entity());
                            break;
                        }
                    }
                }
            }
            String date = date(s, ts, te);
            if (date == null && status.equals("happened")) {
                date = previousDay(s, docDate);
            }
            return new Event(ts, te, t.type(), t.mode(), parts, place, date, status, null,
                    List.of(new Event.Evidence(ts, end)));
        }

        String status(String sl, int ts, int te) {
            if (words.cancelled.matcher(sl).find()) {
                return "cancelled";
            }
            String before = sl.substring(Math.max(0, ts - 4), ts);
            String trig = sl.substring(ts, te);
            boolean infinitive = trig.startsWith("se ") || trig.startsWith("s'") || trig.matches(".*(?:er|ir|re)$");
            if (infinitive && (before.endsWith("de ") || before.endsWith("d'") || before.endsWith("à "))) {
                return "planned"; // "convenus de se rencontrer", "prêts à signer"
            }
            if (!trig.contains("attendu") && words.pastTrigger.matcher(sl.substring(Math.max(0, ts - 30), te)).find()
                    && !words.modalBefore.matcher(sl.substring(Math.max(0, ts - 40), ts)).find()) {
                return "happened"; // "sont par ailleurs convenus de se rencontrer ... la prochaine réunion"
            }
            if (words.modalBefore.matcher(sl.substring(Math.max(0, ts - 40), ts)).find()
                    || trig.contains("attendu")
                    || words.nextAfter.matcher(sl.substring(te, Math.min(sl.length(), te + 70))).find()) {
                return "planned"; // "devait être reçu", "de nouvelles consultations", "la visite ... le mois prochain"
            }
            TimeExpressions.Tense tense = time.tenseAt(sl, ts, te);
            if (tense == TimeExpressions.Tense.FUTURE) {
                return "planned";
            }
            if (tense == TimeExpressions.Tense.PAST) {
                return "happened";
            }
            return words.planned.matcher(sl).find() ? "planned" : "happened";
        }

        String date(Sentence s, int ts, int te) {
            TimeExpressions.TimeExpression best = null;
            int bestDist = Integer.MAX_VALUE;
            for (TimeExpressions.TimeExpression t : timesIn(s)) {
                if (t.start() >= s.start() && t.end() <= s.end() && t.dayLevel()) {
                    int dist = t.start() >= te ? t.start() - te : ts - t.end();
                    if (dist < bestDist) {
                        bestDist = Math.abs(dist);
                        best = t;
                    }
                }
            }
            if (best == null) {
                return null;
            }
            // "du 25 au 27 janvier": a stay begins on its first day
            Matcher range = RANGE_START.matcher(low.substring(Math.max(s.start(), best.start() - 16), best.start()));
            String v = best.value();
            if (range.find() && v.length() >= 7 && v.charAt(v.length() - 3) == '-') {
                int day = Integer.parseInt(range.group(1));
                if (day >= 1 && day < Integer.parseInt(v.substring(v.length() - 2))) {
                    return v.substring(0, v.length() - 2) + String.format(java.util.Locale.ROOT, "%02d", day);
                }
            }
            return v;
        }

        /**
         * The day the sentence before {@code s} names last, when it names one that is not ahead ("a reçu mercredi un
         * groupe d'officiers. Parmi eux X, qui s'est entretenu avec ..."): a story goes on in the day it has set;
         * else {@code fallback}.
         */
        String previousDay(Sentence s, String fallback) {
            List<Sentence> all = doc.layer(Sentence.LAYER);
            int i = Sorted.firstNotBefore(all.size(), k -> all.get(k).start() < s.start()) - 1;
            if (i < 0 || text.substring(all.get(i).end(), s.start()).contains("\n")) {
                return fallback; // the first sentence of a paragraph sets its own scene
            }
            String day = null;
            for (TimeExpressions.TimeExpression t : timesIn(all.get(i))) {
                if (t.dayLevel() && t.end() <= all.get(i).end()
                        && time.tenseAt(low, t.start(), t.end()) != TimeExpressions.Tense.FUTURE) {
                    day = t.value();
                }
            }
            return day != null ? day : fallback;
        }

        String docDate() {
            for (TimeExpressions.TimeExpression t : times) {
                if (t.dayLevel() && time.tenseAt(low, t.start(), t.end()) != TimeExpressions.Tense.FUTURE) {
                    return t.value();
                }
            }
            return null;
        }

        /** The dateline's place, else the first city named after "à". */
        Event.Actor docPlace() {
            String dateline = doc.find(ArticleMeta.KEY).flatMap(ArticleMeta::datelineValue).orElse(null);
            if (dateline != null) {
                return new Event.Actor(null, dateline);
            }
            for (Mention m : mentions) {
                if (m.place() && m.at() && !isCountry(m.entity().id())) {
                    return actor(m.entity());
                }
            }
            for (Mention m : mentions) {
                if (m.place() && isCountry(m.entity().id())) {
                    return actor(m.entity());
                }
            }
            return null;
        }

        void mainActors(MainKind kind, List<Event.Actor> parts) {
            // The document's two most named persons or countries: the same for every sentence, found once.
            mainActors.computeIfAbsent(kind, k -> {
                Map<String, Entity> byId = new LinkedHashMap<>();
                for (Mention m : mentions) {
                    boolean fits = k == MainKind.PERSONS ? m.entity().type() == EntityType.PER
                            : isCountry(m.entity().id());
                    if (fits) {
                        byId.putIfAbsent(m.entity().id(), m.entity());
                    }
                }
                return byId.values().stream()
                        .sorted(Comparator.comparingInt((Entity e) -> -counts.getOrDefault(e.id(), 0)))
                        .limit(2)
                        .map(EventStage::actor)
                        .toList();
            }).stream().filter(a -> !parts.contains(a)).forEach(parts::add);
        }

        /** Index of the first mention starting at or after {@code pos} (mentions are sorted by start). */
        int firstFrom(int pos) {
            return Sorted.firstNotBefore(mentions.size(), i -> mentions.get(i).start() < pos);
        }

        /** The last person mention starting before {@code pos}, or null. */
        /** The start of the second sentence before the one being read (of the first sentence near the top). */
        int previousStart;

        Mention lastPersonBefore(int pos) {
            if (lastPerson == null) {
                lastPerson = new int[mentions.size()];
                for (int i = 0; i < mentions.size(); i++) {
                    boolean person = mentions.get(i).entity().type() == EntityType.PER;
                    lastPerson[i] = person ? i : i > 0 ? lastPerson[i - 1] : -1;
                }
            }
            int i = firstFrom(pos) - 1;
            return i < 0 || lastPerson[i] < 0 ? null : mentions.get(lastPerson[i]);
        }

        /** The time expressions starting in each sentence (by the sentence's start), in their order; built once. */
        List<TimeExpressions.TimeExpression> timesIn(Sentence s) {
            if (timesBySentence == null) {
                timesBySentence = new HashMap<>();
                List<Sentence> sentences = doc.layer(Sentence.LAYER);
                for (TimeExpressions.TimeExpression t : times) {
                    int lo = 0;
                    int hi = sentences.size() - 1;
                    while (lo < hi) {
                        int mid = (lo + hi + 1) >>> 1;
                        if (sentences.get(mid).start() <= t.start()) {
                            lo = mid;
                        } else {
                            hi = mid - 1;
                        }
                    }
                    if (!sentences.isEmpty()) {
                        timesBySentence.computeIfAbsent(sentences.get(lo).start(), k -> new ArrayList<>()).add(t);
                    }
                }
            }
            return timesBySentence.getOrDefault(s.start(), List.of());
        }
    }

    static Event.Actor actor(Entity e) {
        return new Event.Actor(e.linked() ? e.id() : null, e.name());
    }

    static boolean isCountry(String id) {
        return id != null && id.length() == 2 && Character.isUpperCase(id.charAt(0)) && Character.isUpperCase(id.charAt(1));
    }
}
