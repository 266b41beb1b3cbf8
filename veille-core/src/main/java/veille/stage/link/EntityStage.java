package veille.stage.link;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import veille.doc.ArticleMeta;
import veille.doc.Document;
import veille.doc.Entity;
import veille.doc.EntityType;
import veille.doc.MentionKind;
import veille.doc.Sentence;
import veille.doc.Token;
import veille.kb.Actor;
import veille.kb.Actors;
import veille.kb.Gazetteer;
import veille.kb.NameKey;
import veille.kb.Role;
import veille.pipeline.Stage;

/**
 * Finds the entities of an article and links them: knowledge-base names in any spelling (organisations nested in
 * organisations included), names the NER model finds, "M. Li" and "Poutine" joined to the person the article names
 * in full, and role descriptions ("le président russe") resolved to the person the article names in that role, or to
 * the holder at the article's date.
 *
 * <p>Nothing is guessed: a description the article and the date do not settle is left unlinked and unreported.
 * Stateless and thread-safe.
 */
public final class EntityStage implements Stage {
    private final Actors actors;
    private final Gazetteer gazetteer;
    private final MentionSources sources;

    /** The stage over the built-in knowledge base. */
    public EntityStage() {
        this(Actors.builtIn());
    }

    /** The stage over a given knowledge base. */
    public EntityStage(Actors actors) {
        this.actors = actors;
        this.gazetteer = actors.gazetteer();
        this.sources = new MentionSources(actors, gazetteer);
    }

    @Override
    public String name() {
        return "entities";
    }

    @Override
    public Set<String> requires() {
        return Set.of(Token.LAYER.name(), Sentence.LAYER.name());
    }

    @Override
    public Set<String> produces() {
        return Set.of(Entity.KEY.name());
    }

    @Override
    public Document apply(Document doc) {
        List<Candidate> cands = sources.find(doc);
        LocalDate date = date(doc);
        Clusters clusters = new Clusters();
        // Full names first, so partial names, titles and roles can join what the article names in full.
        for (Candidate c : cands) {
            if (c.how() == MentionKind.NAME || c.how() == MentionKind.ABBREVIATION) {
                clusters.add(pickId(c, clusters), c);
            }
        }
        for (Candidate c : cands) {
            switch (c.how()) {
                case PARTIAL, TITLE -> clusters.add(resolvePartial(c, clusters), c);
                case MODEL -> {
                    String id = resolveModel(c, doc, clusters);
                    if (id != null) {
                        clusters.add(id, c);
                    }
                }
                default -> {
                }
            }
        }
        // Role descriptions last, once every name has its entity: the article first ("le Premier ministre Beata
        // Szydło" says who "la Première ministre" is later), the knowledge base after.
        Map<String, String> titled = new java.util.HashMap<>();
        Map<Candidate, String> named = clusters.assignment();
        List<Candidate> sorted = new ArrayList<>(named.keySet());
        sorted.sort(Comparator.comparingInt(Candidate::start).thenComparingInt(Candidate::end));
        String text = doc.text();
        for (Candidate c : cands) {
            if (c.how() != MentionKind.ROLE) {
                continue;
            }
            String id = apposed(c, sorted, named, clusters, text);
            if (id != null) {
                titled.putIfAbsent(c.role().get(0) + "\t" + c.role().get(1), id);
                titled.merge(c.role().get(0), id, (a, b) -> a.equals(b) ? a : "");
            } else {
                id = resolveRole(c, clusters, date, titled);
            }
            if (id != null) {
                clusters.add(id, c);
            }
        }
        Acronyms.join(doc.text(), doc.layer(Token.LAYER), clusters);
        return doc.with(Entity.KEY, new Entity.Entities(clusters.build(doc.text(), actors, date)));
    }

    /** The id of a knowledge-base name: one the article already uses, else the knowledge base's first. */
    private String pickId(Candidate c, Clusters clusters) {
        for (String id : c.ids()) {
            if (clusters.has(id)) {
                return id;
            }
        }
        return c.ids().getFirst();
    }

    /** "M. Li", "Poutine", "V. Poutine": the person of the article whose family name it is, else the KB's unique one. */
    private String resolvePartial(Candidate c, Clusters clusters) {
        String key = NameKey.of(c.surname());
        List<String> inDoc = new ArrayList<>();
        for (String id : clusters.ids()) {
            if (id.startsWith("new:")) {
                if (clusters.type(id) == EntityType.PER && endsWithKey(clusters.name(id), key)) {
                    inDoc.add(id);
                }
                continue;
            }
            Optional<Actor> a = actors.byId(id);
            if (a.isPresent() && a.get().type() == EntityType.PER
                    && a.get().names().stream().anyMatch(n -> endsWithKey(n, key) || familyKey(a.get()).equals(key))) {
                inDoc.add(id);
            }
        }
        if (inDoc.size() == 1) {
            return inDoc.getFirst();
        }
        for (String id : c.ids()) {
            if (inDoc.contains(id)) {
                return id;
            }
        }
        if (inDoc.isEmpty() && c.ids().size() == 1) {
            return c.ids().getFirst();
        }
        return "new:" + key;
    }

    private String familyKey(Actor a) {
        String[] w = a.name().split("\\s+");
        // Chinese and Korean names put the family name first.
        return NameKey.of(List.of("CN", "KR", "KP", "TW", "SG").contains(a.country()) && w.length > 1 ? w[0] : w[w.length - 1]);
    }

    private static boolean endsWithKey(String name, String key) {
        List<String> words = NameKey.words(name);
        return !words.isEmpty() && words.getLast().equals(key);
    }

    /** A name only the NER model found: linked when the knowledge base knows exactly one entity of that spelling. */
    private String resolveModel(Candidate c, Document doc, Clusters clusters) {
        String surface = doc.text().substring(c.start(), c.end());
        List<Actor> found = actors.candidates(surface).stream().filter(a -> a.type() == c.type()).toList();
        if (found.size() == 1) {
            return found.getFirst().id();
        }
        if (c.type() == EntityType.PER && NameKey.words(surface).size() == 1) {
            String id = resolvePartial(new Candidate(c.start(), c.end(), List.of(), MentionKind.PARTIAL, EntityType.PER,
                    surface, null, c.score()), clusters);
            // A lone word the article never names in full is more often a company or a product than a person.
            return id.startsWith("new:") ? null : id;
        }
        return "new:" + (c.type() == EntityType.PER ? "" : c.type().label().toLowerCase(java.util.Locale.ROOT) + ":")
                + NameKey.of(surface);
    }

    /**
     * The person a description stands beside, as a title or an apposition: "le Premier ministre Beata Szydło",
     * "Beata Szydło, la Première ministre polonaise". Null when no person's name is next to it. A person the
     * knowledge base gives other offices is not taken from an apposition after the name, which may be a list.
     */
    private String apposed(Candidate role, List<Candidate> sorted, Map<Candidate, String> named, Clusters clusters,
                           String text) {
        int at = veille.internal.Sorted.firstNotBefore(sorted.size(), i -> sorted.get(i).start() < role.end());
        if (at < sorted.size()) {
            Candidate next = sorted.get(at);
            String gap = text.substring(role.end(), next.start());
            String id = named.get(next);
            if (id != null && isPerson(id, clusters) && (gap.isBlank() || gap.strip().equals(","))) {
                return id;
            }
        }
        int before = veille.internal.Sorted.firstNotBefore(sorted.size(), i -> sorted.get(i).end() <= role.start()) - 1;
        if (before >= 0) {
            Candidate prev = sorted.get(before);
            String gap = text.substring(prev.end(), role.start());
            String id = named.get(prev);
            if (id != null && isPerson(id, clusters) && gap.strip().equals(",")) {
                List<Role> known = actors.rolesOf(id);
                if (known.isEmpty() || known.stream().anyMatch(r -> r.role().equals(role.role().get(0)))) {
                    return id;
                }
            }
        }
        return null;
    }

    private boolean isPerson(String id, Clusters clusters) {
        return id.startsWith("new:") ? clusters.type(id) == EntityType.PER
                : actors.byId(id).map(a -> a.type() == EntityType.PER).orElse(false);
    }

    /**
     * "le président russe": the person the article itself introduced with that title; else the person it names who
     * holds (or, undated, ever held) that office; else, when the article is dated, the one holder at that date.
     * A description without its country ("le chef de l'État") is settled by the article alone. Null when nothing
     * settles it.
     */
    private String resolveRole(Candidate c, Clusters clusters, LocalDate date, Map<String, String> titled) {
        String role = c.role().get(0);
        String of = c.role().get(1);
        String byTitle = of.isEmpty() ? titled.get(role) : titled.get(role + "\t" + of);
        if (byTitle != null && !byTitle.isEmpty()) {
            return byTitle;
        }
        List<String> inDoc = new ArrayList<>();
        for (String id : clusters.ids()) {
            for (Role r : actors.rolesOf(id)) {
                if (r.role().equals(role) && (of.isEmpty() || r.of().equals(of)) && (date == null || r.heldOn(date))) {
                    inDoc.add(id);
                    break;
                }
            }
        }
        if (inDoc.size() == 1) {
            return inDoc.getFirst();
        }
        if (inDoc.isEmpty() && date != null && !of.isEmpty()) {
            List<Actor> holders = actors.holdersOf(role, of, date);
            if (holders.size() == 1) {
                return holders.getFirst().id();
            }
        }
        return null;
    }

    /** The article's date when the page gives a full one. */
    static LocalDate date(Document doc) {
        Optional<String> p = doc.find(ArticleMeta.KEY).flatMap(ArticleMeta::publishedValue);
        if (p.isEmpty() || p.get().startsWith("--")) {
            return null;
        }
        try {
            return LocalDate.parse(p.get());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Mentions grouped by entity id, in order of first mention. */
    static final class Clusters {
        private final Map<String, List<Candidate>> byId = new LinkedHashMap<>();
        /** Types set by a rule over the whole cluster (an acronym's definition), ahead of the candidates' own. */
        private final Map<String, EntityType> typed = new java.util.HashMap<>();

        /** The id each candidate went to, for passes over the whole article. */
        Map<Candidate, String> assignment() {
            Map<Candidate, String> out = new java.util.IdentityHashMap<>();
            byId.forEach((id, cs) -> cs.forEach(c -> out.put(c, id)));
            return out;
        }

        /** Moves every mention of {@code from} into {@code into}. */
        void merge(String from, String into) {
            if (from.equals(into) || !byId.containsKey(from)) {
                return;
            }
            byId.computeIfAbsent(into, k -> new ArrayList<>()).addAll(byId.remove(from));
            EntityType t = typed.remove(from);
            if (t != null) {
                typed.putIfAbsent(into, t);
            }
        }

        void setType(String id, EntityType type) {
            typed.put(id, type);
        }

        void add(String id, Candidate c) {
            byId.computeIfAbsent(id, k -> new ArrayList<>()).add(c);
        }

        boolean has(String id) {
            return byId.containsKey(id);
        }

        Set<String> ids() {
            return byId.keySet();
        }

        EntityType type(String id) {
            if (typed.containsKey(id)) {
                return typed.get(id);
            }
            return byId.get(id).stream().map(Candidate::type).filter(java.util.Objects::nonNull).findFirst()
                    .orElse(EntityType.PER);
        }

        String name(String id) {
            return byId.get(id).getFirst().surname() != null ? byId.get(id).getFirst().surname() : id.substring(4);
        }

        List<Entity> build(String text, Actors actors, LocalDate date) {
            List<Entity> out = new ArrayList<>();
            for (Map.Entry<String, List<Candidate>> e : byId.entrySet()) {
                String id = e.getKey();
                List<Candidate> ms = new ArrayList<>(e.getValue());
                ms.sort(Comparator.comparingInt(Candidate::start).thenComparingInt(Candidate::end));
                Set<String> forms = new LinkedHashSet<>();
                List<Entity.Mention> mentions = new ArrayList<>();
                double confidence = 0;
                for (Candidate c : ms) {
                    // The model found it, but to a reader it is a name like any other.
                    MentionKind how = c.how() == MentionKind.MODEL ? MentionKind.NAME : c.how();
                    mentions.add(new Entity.Mention(c.start(), c.end(), how));
                    forms.add(text.substring(c.start(), c.end()));
                    confidence = Math.max(confidence, c.score());
                }
                Optional<Actor> actor = id.startsWith("new:") ? Optional.empty() : actors.byId(id);
                EntityType type = actor.map(Actor::type).orElseGet(() -> type(id));
                String name = actor.map(Actor::name).orElseGet(() -> longestName(ms, text));
                List<String> aliases = new ArrayList<>();
                actor.ifPresent(a -> aliases.addAll(a.aliases()));
                for (String f : forms) {
                    if (!f.equals(name) && !aliases.contains(f)) {
                        aliases.add(f);
                    }
                }
                String role = actor.flatMap(a -> roleAt(actors, a.id(), date)).orElse(null);
                out.add(new Entity(id, type, name, aliases, mentions, confidence, role));
            }
            return out;
        }

        private static String longestName(List<Candidate> ms, String text) {
            String best = "";
            for (Candidate c : ms) {
                if (c.how() == MentionKind.ROLE) {
                    continue;
                }
                String s = c.surname() != null && c.how() == MentionKind.TITLE ? c.surname()
                        : text.substring(c.start(), c.end());
                if (s.length() > best.length()) {
                    best = s;
                }
            }
            return best.isEmpty() ? text.substring(ms.getFirst().start(), ms.getFirst().end()) : best;
        }

        private static Optional<String> roleAt(Actors actors, String id, LocalDate date) {
            if (date == null) {
                return Optional.empty();
            }
            return actors.rolesOf(id, date).stream().filter(r -> !r.role().startsWith("cameo:")).findFirst()
                    .map(r -> r.role() + (r.of().isEmpty() ? "" : " of " + r.of()));
        }
    }
}
