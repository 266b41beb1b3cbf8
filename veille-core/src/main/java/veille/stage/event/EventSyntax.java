package veille.stage.event;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import veille.doc.SyntaxToken;
import veille.internal.Sorted;
import veille.kb.TsvFile;

/**
 * Reads an event trigger's participants from the dependency tree of its sentence (the {@code syntax} layer): the
 * phrases that are its subject ({@code nsubj}, the agent "par X" of a passive), its object ({@code obj}, the subject
 * of a passive, {@code obl:arg}), the phrases opened by a preposition of {@code argument-case} ("contre X", "avec Y",
 * "la manifestation des X"), each conjunct of a coordination, the subject a verb inherits ("X a décidé de
 * convoquer", "X a signé puis dénoncé"), the subject of a support verb of an event noun ("X a imposé des
 * sanctions") and the noun a relative or participle clause hangs on ("les syndicats, qui ont manifesté", "la
 * proposition rejetée par"). French words are in {@code /veille/kb/event-syntax.tsv}; immutable and thread-safe.
 */
public final class EventSyntax {
    private static final String RESOURCE = "/veille/kb/event-syntax.tsv";
    private static final Set<String> KINDS = Set.of("argument-case", "noun-case", "support-verb", "negation", "relative",
            "one-sided", "speculative", "place-noun", "host-verb", "asked-for", "ending", "opinion", "actor-noun", "allege",
            "quantity", "hypothetical");
    private static volatile EventSyntax builtIn;

    /** Relations whose dependent phrase is always a participant. */
    private static final Set<String> CORE = Set.of("nsubj", "nsubj:pass", "obj", "iobj", "obl:arg", "obl:agent",
            "expl:subj");
    /** Relations whose phrase is a participant when a preposition of {@code argument-case} opens it. */
    private static final Set<String> OBLIQUE = Set.of("obl", "obl:mod", "nmod");
    /** Relations of a subject: a verb with none inherits its head's. */
    private static final Set<String> SUBJECT = Set.of("nsubj", "obl:agent", "nsubj:pass", "expl:subj");
    /** Relations over which a verb with no subject takes its head's ("a décidé de convoquer", "a signé puis dénoncé"). */
    private static final Set<String> INHERIT = Set.of("xcomp", "conj");
    /** Relations of a clause hanging on a noun: the noun is the clause's missing argument. */
    private static final Set<String> NOUN_CLAUSE = Set.of("acl", "acl:relcl");
    /** Relations a participant's phrase is not read across: other clauses, punctuation, function words. */
    private static final Set<String> NOT_IN_PHRASE = Set.of("acl", "acl:relcl", "advcl", "ccomp", "parataxis",
            "punct", "cc", "case", "det", "mark", "conj", "cop", "aux", "aux:tense", "aux:pass", "aux:caus");
    /** Relations that open a clause of its own: a supposition above it does not reach the trigger. */
    private static final Set<String> CLAUSE = Set.of("ccomp", "advcl", "parataxis", "acl:relcl", "acl");
    /** Relations of an event noun that make it the object of a support verb. */
    private static final Set<String> SUPPORTED = Set.of("obj", "obl:arg", "nsubj:pass", "obl");
    /** Relations over which a noun is what a word above asks for or ends ("demande *des négociations*"). */
    private static final Set<String> UP_TO_ASKER = Set.of("obj", "nmod", "obl:arg", "obl", "nsubj:pass");
    /** How far into a phrase its participant is looked for ("le ministre des Affaires étrangères, X" → X). */
    private static final int PHRASE_DEPTH = 3;

    private final Set<String> argumentCase;
    private final Set<String> nounCase;
    private final Set<String> supportVerbs;
    private final Set<String> negations;
    private final Set<String> relatives;
    private final Set<String> oneSided;
    private final Set<String> quantities;
    private final Set<String> hypothetical;
    /** Speculative verbs: lemma → the mood they need ("Cnd"), empty for any. */
    private final Map<String, String> speculative = new java.util.HashMap<>();
    private final Set<String> placeNouns;
    private final Set<String> hostVerbs;
    private final Set<String> askedFor;
    private final Set<String> ending;
    private final Set<String> opinions;
    private final Set<String> alleging;
    private final Set<String> actorNouns;

    private EventSyntax(TsvFile table) {
        Map<String, Set<String>> byKind = new LinkedHashMap<>();
        for (Map<String, String> row : table.rows()) {
            String kind = row.get("kind");
            if (!KINDS.contains(kind)) {
                throw new IllegalArgumentException(table.name() + ": unknown kind '" + kind + "'. Known: "
                        + String.join(", ", new TreeSet<>(KINDS)));
            }
            byKind.computeIfAbsent(kind, k -> new java.util.HashSet<>()).add(row.get("word"));
        }
        argumentCase = Set.copyOf(byKind.getOrDefault("argument-case", Set.of()));
        nounCase = Set.copyOf(byKind.getOrDefault("noun-case", Set.of()));
        supportVerbs = Set.copyOf(byKind.getOrDefault("support-verb", Set.of()));
        negations = Set.copyOf(byKind.getOrDefault("negation", Set.of()));
        relatives = Set.copyOf(byKind.getOrDefault("relative", Set.of()));
        oneSided = Set.copyOf(byKind.getOrDefault("one-sided", Set.of()));
        quantities = Set.copyOf(byKind.getOrDefault("quantity", Set.of()));
        hypothetical = Set.copyOf(byKind.getOrDefault("hypothetical", Set.of()));
        placeNouns = Set.copyOf(byKind.getOrDefault("place-noun", Set.of()));
        hostVerbs = Set.copyOf(byKind.getOrDefault("host-verb", Set.of()));
        askedFor = Set.copyOf(byKind.getOrDefault("asked-for", Set.of()));
        ending = Set.copyOf(byKind.getOrDefault("ending", Set.of()));
        opinions = Set.copyOf(byKind.getOrDefault("opinion", Set.of()));
        alleging = Set.copyOf(byKind.getOrDefault("allege", Set.of()));
        actorNouns = Set.copyOf(byKind.getOrDefault("actor-noun", Set.of()));
        for (String w : byKind.getOrDefault("speculative", Set.of())) {
            int sp = w.indexOf(' ');
            speculative.put(sp < 0 ? w : w.substring(0, sp), sp < 0 ? "" : w.substring(sp + 1));
        }
    }

    /** The built-in table. */
    public static EventSyntax builtIn() {
        EventSyntax s = builtIn;
        if (s == null) {
            s = new EventSyntax(TsvFile.resource(RESOURCE));
            builtIn = s;
        }
        return s;
    }

    /** Over a given table (the columns of {@code event-syntax.tsv}). */
    public static EventSyntax of(TsvFile table) {
        return new EventSyntax(table);
    }

    /**
     * What the tree says of one trigger.
     *
     * @param predicate the trigger's head token (index into the layer)
     * @param phrases the tokens heading its participants' phrases, in the order found (subjects first)
     * @param negated whether the trigger verb carries a negation ("n'a pas condamné")
     * @param oneSided whether its object is a one-sided document ("a signé un décret"): no agreement
     * @param speculative whether a verb above it makes it a supposition ("pourrait espérer la fin des sanctions")
     * @param participleNoun whether the trigger is a past participle used as a noun ("les accusés"): people
     * @param objects the tokens heading its direct objects
     * @param placeObject whether an object is a place noun ("a quitté la salle")
     * @param noun whether the trigger is a noun ("les négociations")
     * @param host whether the trigger is a verb of receiving ("a reçu"), a visit only when its object is an actor
     * @param unreal whether the trigger noun names what is asked for ("demande des négociations") or what ends ("la
     *        levée des sanctions"), not an occurrence of its type
     * @param subject the token heading the trigger verb's own active subject ({@code nsubj}), -1 when none
     * @param passiveNoAgent whether the trigger verb is a passive with no agent "par X" ("le tracé a été rejeté"):
     *        who acted is not said
     * @param opinion whether the trigger stands in the clause a verb of opinion holds ("ont estimé que les accords
     *        traduisent des concessions"): a judgement, not a report of the act
     * @param themes the tokens heading what a trigger verb bears on: its objects, its passive subject, the noun its
     *        participle hangs on ("l'autonomie soutenue par X"); not those headed by a noun of an actor ("le
     *        président", "le gouvernement"), actors even where no name is linked
     * @param bare whether the trigger verb has no complement at all ("« ... ? », a-t-il demandé"): a verb of saying
     */
    public record Reading(int predicate, List<Integer> phrases, boolean negated, boolean oneSided, boolean speculative,
                          boolean participleNoun, List<Integer> objects, boolean placeObject, boolean noun,
                          boolean host, boolean unreal,
                          int subject, boolean passiveNoAgent, boolean opinion, List<Integer> themes, boolean bare) {
    }

    /**
     * One sentence's tree: children lists over the tokens {@code [from, to)} of the layer. Built once per sentence
     * (linear in its length), read for each of its triggers.
     */
    public static final class Tree {
        final List<SyntaxToken> layer;
        final int from;
        final int to;
        private final int[] firstChild;
        private final int[] nextSibling;

        Tree(List<SyntaxToken> layer, int from, int to) {
            this.layer = layer;
            this.from = from;
            this.to = to;
            firstChild = new int[to - from];
            nextSibling = new int[to - from];
            java.util.Arrays.fill(firstChild, -1);
            java.util.Arrays.fill(nextSibling, -1);
            int[] last = new int[to - from];
            java.util.Arrays.fill(last, -1);
            for (int i = from; i < to; i++) {
                int h = layer.get(i).head();
                if (h >= from && h < to && h != i) {
                    if (last[h - from] < 0) {
                        firstChild[h - from] = i;
                    } else {
                        nextSibling[last[h - from] - from] = i;
                    }
                    last[h - from] = i;
                }
            }
        }

        /** The tree of the tokens within {@code [start, end)} of the text, or null when that sentence was not parsed. */
        public static Tree of(List<SyntaxToken> layer, int start, int end) {
            int from = Sorted.firstNotBefore(layer.size(), i -> layer.get(i).start() < start);
            int to = Sorted.firstNotBefore(layer.size(), i -> layer.get(i).start() < end);
            if (from >= to || !layer.get(from).parsed()) {
                return null;
            }
            return new Tree(layer, from, to);
        }

        SyntaxToken at(int i) {
            return layer.get(i);
        }

        boolean inside(int i) {
            return i >= from && i < to;
        }

        /** The children of token {@code i}, in text order. */
        List<Integer> children(int i) {
            List<Integer> out = new ArrayList<>(4);
            for (int c = firstChild[i - from]; c >= 0; c = nextSibling[c - from]) {
                out.add(c);
            }
            return out;
        }

        /** The lemma of the first {@code case} child of {@code i} (its preposition), empty when none. */
        String caseOf(int i) {
            for (int c = firstChild[i - from]; c >= 0; c = nextSibling[c - from]) {
                if (layer.get(c).relation().equals("case")) {
                    return layer.get(c).lemma().toLowerCase(java.util.Locale.ROOT);
                }
            }
            return "";
        }

        /** The token index of the first token starting at or after {@code pos}. */
        int tokenAt(int pos) {
            return Sorted.firstNotBefore(to, i -> i < from || layer.get(i).end() <= pos);
        }

        /**
         * Tokens of the phrase headed by {@code head}, nearest first (breadth first), at most {@code PHRASE_DEPTH}
         * arcs down, not across clauses, conjuncts or function words.
         */
        List<Integer> phrase(int head) {
            List<Integer> out = new ArrayList<>();
            out.add(head);
            int level = 0;
            int begin = 0;
            while (level < PHRASE_DEPTH && begin < out.size()) {
                int end = out.size();
                for (int k = begin; k < end; k++) {
                    for (int c : children(out.get(k))) {
                        if (!NOT_IN_PHRASE.contains(layer.get(c).relation())) {
                            out.add(c);
                        }
                    }
                }
                begin = end;
                level++;
            }
            return out;
        }
    }

    /**
     * The participants' phrases of the trigger spanning {@code [ts, te)} in the text, or null when no token of the
     * tree lies there.
     */
    public Reading read(Tree tree, int ts, int te) {
        int p = -1;
        // the trigger's head: its token whose head lies outside it ("a rejeté" → "rejeté"), a content word first
        for (int i = tree.tokenAt(ts); i < tree.to && tree.at(i).start() < te; i++) {
            int h = tree.at(i).head();
            boolean outside = h < 0 || tree.at(h).start() < ts || tree.at(h).start() >= te;
            boolean content = switch (tree.at(i).upos()) {
                case "VERB", "NOUN", "ADJ", "PROPN" -> true;
                default -> false;
            };
            if (outside && content && (p < 0 || !tree.at(p).upos().equals("VERB"))) {
                p = i;
            } else if (p < 0 && content) {
                p = i;
            }
        }
        if (p < 0) {
            return null;
        }
        List<Integer> phrases = new ArrayList<>();
        boolean subject = arguments(tree, p, phrases);
        SyntaxToken pt = tree.at(p);
        int h = pt.head();
        String rel = pt.relation();
        if (h >= 0 && tree.inside(h)) {
            if (NOUN_CLAUSE.contains(rel)) {
                // "les syndicats, qui ont manifesté", "la proposition rejetée par l'Ukraine": the noun is an argument
                phrases.removeIf(i -> relatives.contains(tree.at(i).lemma().toLowerCase(java.util.Locale.ROOT)));
                phrases.add(h);
            } else if (!subject && INHERIT.contains(rel)) {
                // "X a décidé de convoquer", "X a signé puis dénoncé": the verb above gives the subject
                int up = h;
                for (int k = 0; k < 3 && up >= 0 && tree.inside(up); k++) {
                    if (subjects(tree, up, phrases)) {
                        break;
                    }
                    if (!INHERIT.contains(tree.at(up).relation())) {
                        break;
                    }
                    up = tree.at(up).head();
                }
            } else if (!subject && isNoun(pt) && SUPPORTED.contains(rel)
                    && supportVerbs.contains(tree.at(h).lemma().toLowerCase(java.util.Locale.ROOT))) {
                // "l'UE a imposé des sanctions contre X": the support verb's subject and its "contre X"
                subjects(tree, h, phrases);
                for (int c : tree.children(h)) {
                    String r = tree.at(c).relation();
                    if (c != p && (r.equals("obl:arg") || OBLIQUE.contains(r)) && argumentCase.contains(tree.caseOf(c))) {
                        addWithConjuncts(tree, c, phrases);
                    }
                }
            }
        }
        if (pt.upos().equals("VERB") && alleging.contains(pt.lemma().toLowerCase(java.util.Locale.ROOT))) {
            // "X prétendent que des milices ont bloqué les routes": the reported clause's subject is accused
            for (int c : tree.children(p)) {
                if (tree.at(c).relation().equals("ccomp")) {
                    subjects(tree, c, phrases);
                }
            }
        }
        boolean single = false;
        boolean placeObject = false;
        List<Integer> objects = new ArrayList<>();
        for (int c : tree.children(p)) {
            if (tree.at(c).relation().equals("obj")) {
                String lemma = tree.at(c).lemma().toLowerCase(java.util.Locale.ROOT);
                single |= oneSided.contains(lemma) || countsDocuments(tree, c, 2);
                placeObject |= placeNouns.contains(lemma);
                objects.add(c);
            }
        }
        String lemma = pt.lemma().toLowerCase(java.util.Locale.ROOT);
        boolean participleNoun = pt.upos().equals("NOUN") && (lemma.endsWith("é") || lemma.endsWith("ée"));
        return new Reading(p, phrases, negated(tree, p), single, speculative(tree, p), participleNoun, objects,
                placeObject, isNoun(pt), pt.upos().equals("VERB") && hostVerbs.contains(lemma),
                isNoun(pt) && (unreal(tree, p) || counts(tree, p, hypothetical)), ownSubject(tree, p),
                pt.upos().equals("VERB") && passive(tree, p) && !hasAgent(tree, p), opinion(tree, p),
                themes(tree, p, ts, te), pt.upos().equals("VERB") && bare(tree, p));
    }

    /**
     * Whether {@code p} lies in the complement clause ({@code ccomp}) of a verb of opinion, at most five arcs up
     * ("X a estimé que les accords traduisent des concessions": what X thinks of the accords).
     */
    private boolean opinion(Tree tree, int p) {
        int i = p;
        for (int k = 0; k < 5; k++) {
            SyntaxToken t = tree.at(i);
            if (t.head() < 0 || !tree.inside(t.head())) {
                return false;
            }
            String rel = t.relation();
            i = t.head();
            if (rel.equals("ccomp")) {
                SyntaxToken h = tree.at(i);
                return h.upos().equals("VERB") && opinions.contains(h.lemma().toLowerCase(java.util.Locale.ROOT));
            }
        }
        return false;
    }

    /** What the verb {@code p} bears on: its objects, its passive subject, the noun its participle hangs on. */
    private List<Integer> themes(Tree tree, int p, int ts, int te) {
        List<Integer> out = new ArrayList<>();
        if (!tree.at(p).upos().equals("VERB")) {
            return out;
        }
        for (int c : tree.children(p)) {
            String r = tree.at(c).relation();
            if (r.equals("obj") || r.equals("nsubj:pass")) {
                out.add(c);
            }
        }
        int h = tree.at(p).head();
        if (tree.at(p).relation().equals("acl") && h >= 0 && tree.inside(h) && isNoun(tree.at(h))) {
            out.add(h);
        }
        // "apporté son soutien": the trigger's own noun is no theme
        out.removeIf(i -> actorNouns.contains(tree.at(i).lemma().toLowerCase(java.util.Locale.ROOT))
                || (tree.at(i).start() >= ts && tree.at(i).start() < te));
        return out;
    }

    /** Whether the verb {@code p} has no object, complement clause or argument phrase. */
    private static boolean bare(Tree tree, int p) {
        for (int c : tree.children(p)) {
            switch (tree.at(c).relation()) {
                case "obj", "iobj", "ccomp", "xcomp", "obl:arg", "obl", "nsubj:pass", "advcl" -> {
                    return false;
                }
                default -> { }
            }
        }
        return !tree.at(p).relation().equals("acl");
    }

    /** The token heading the active subject of {@code p}, -1 when it has none. */
    private static int ownSubject(Tree tree, int p) {
        for (int c : tree.children(p)) {
            if (tree.at(c).relation().equals("nsubj")) {
                return c;
            }
        }
        return -1;
    }

    /** Whether {@code p} is a passive: a passive subject or auxiliary under it. */
    private static boolean passive(Tree tree, int p) {
        for (int c : tree.children(p)) {
            String r = tree.at(c).relation();
            if (r.equals("nsubj:pass") || r.equals("aux:pass")) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code p} has an agent: "par X" ({@code obl:agent}, or an oblique opened by "par"). */
    private static boolean hasAgent(Tree tree, int p) {
        for (int c : tree.children(p)) {
            String r = tree.at(c).relation();
            if (r.equals("obl:agent") || (r.startsWith("obl") && tree.caseOf(c).equals("par"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the noun {@code p} is what a verb or noun of asking asks for ("demande des négociations", "l'idée d'un
     * nouveau round de négociations", "ont demandé le respect d'un cessez-le-feu") or what a noun of ending ends
     * ("la levée des sanctions", "la fin de l'isolement"): at most two arcs up over objects and noun complements.
     */
    /**
     * Whether a dependent of {@code p} (a noun complement or an adjective) has its lemma in {@code words}: "une
     * douzaine de décrets" counts documents, "d'éventuelles négociations" are supposed talks.
     */
    private static boolean counts(Tree tree, int p, Set<String> words) {
        for (int c : tree.children(p)) {
            String r = tree.at(c).relation();
            if ((r.startsWith("nmod") || r.equals("amod"))
                    && words.contains(tree.at(c).lemma().toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code p} counts one-sided documents ("plus d'une douzaine de décrets"), {@code depth} arcs down. */
    private boolean countsDocuments(Tree tree, int p, int depth) {
        SyntaxToken t = tree.at(p);
        if (depth == 0 || !(quantities.contains(t.lemma().toLowerCase(java.util.Locale.ROOT)) || t.upos().equals("ADV"))) {
            return false;
        }
        for (int c : tree.children(p)) {
            String r = tree.at(c).relation();
            if (r.startsWith("nmod") || r.startsWith("obl") || r.equals("obj")) {
                if (oneSided.contains(tree.at(c).lemma().toLowerCase(java.util.Locale.ROOT))
                        || countsDocuments(tree, c, depth - 1)) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean unreal(Tree tree, int p) {
        int i = p;
        for (int k = 0; k < 2; k++) {
            SyntaxToken t = tree.at(i);
            if (!UP_TO_ASKER.contains(t.relation()) || t.head() < 0 || !tree.inside(t.head())) {
                return false;
            }
            i = t.head();
            SyntaxToken h = tree.at(i);
            String lemma = h.lemma().toLowerCase(java.util.Locale.ROOT);
            if ((askedFor.contains(lemma) && (h.upos().equals("VERB") || isNoun(h)))
                    || (ending.contains(lemma) && isNoun(h) && t.relation().startsWith("nmod"))) {
                return true;
            }
            if (!isNoun(h)) {
                return false;
            }
        }
        return false;
    }

    /** Adds the argument phrases of {@code p}; whether one of them is a subject. */
    private boolean arguments(Tree tree, int p, List<Integer> phrases) {
        boolean subject = false;
        boolean noun = isNoun(tree.at(p));
        for (int c : tree.children(p)) {
            SyntaxToken ct = tree.at(c);
            String r = ct.relation();
            if (CORE.contains(r)) {
                addWithConjuncts(tree, c, phrases);
                subject |= SUBJECT.contains(r);
            } else if (OBLIQUE.contains(r) && (argumentCase.contains(tree.caseOf(c))
                    || (noun && nounCase.contains(tree.caseOf(c))))) {
                addWithConjuncts(tree, c, phrases);
            } else if (noun && r.equals("amod")) {
                // "les sanctions américaines": a nationality adjective names the actor (read by the stage)
                phrases.add(c);
            }
        }
        return subject;
    }

    /** Adds the subject phrases of {@code v}; whether it has one. */
    private boolean subjects(Tree tree, int v, List<Integer> phrases) {
        boolean any = false;
        for (int c : tree.children(v)) {
            if (SUBJECT.contains(tree.at(c).relation())) {
                addWithConjuncts(tree, c, phrases);
                any = true;
            }
        }
        return any;
    }

    /** "X et Y", "X, Y et Z": each conjunct is a phrase of its own. */
    private static void addWithConjuncts(Tree tree, int head, List<Integer> phrases) {
        if (!phrases.contains(head)) {
            phrases.add(head);
        }
        for (int c : tree.children(head)) {
            if (tree.at(c).relation().equals("conj") && isNounLike(tree.at(c))) {
                addWithConjuncts(tree, c, phrases);
            }
        }
    }

    /** Whether a speculative verb stands above {@code p} in its clause (at most four arcs up). */
    private boolean speculative(Tree tree, int p) {
        int i = p;
        for (int k = 0; k < 4; k++) {
            SyntaxToken t = tree.at(i);
            if (CLAUSE.contains(t.relation()) || t.head() < 0 || !tree.inside(t.head())) {
                return false;
            }
            i = t.head();
            SyntaxToken h = tree.at(i);
            String mood = speculative.get(h.lemma().toLowerCase(java.util.Locale.ROOT));
            if (mood != null && h.upos().equals("VERB") && (mood.isEmpty() || h.feature("Mood").equals(mood))) {
                return true;
            }
        }
        return false;
    }

    private boolean negated(Tree tree, int p) {
        for (int c : tree.children(p)) {
            SyntaxToken ct = tree.at(c);
            if (ct.relation().startsWith("advmod") && negations.contains(ct.lemma().toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isNoun(SyntaxToken t) {
        return t.upos().equals("NOUN") || t.upos().equals("PROPN");
    }

    private static boolean isNounLike(SyntaxToken t) {
        return switch (t.upos()) {
            case "NOUN", "PROPN", "PRON", "ADJ", "X", "NUM", "DET" -> true;
            default -> false;
        };
    }
}
