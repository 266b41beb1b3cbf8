package veille.kb;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import veille.doc.EntityType;

/**
 * Persons, organisations, countries, places and named initiatives, found by any spelling, with the offices persons
 * held over time.
 *
 * <pre>Actors kb = Actors.builtIn();
 * kb.find("Sergue? Lavrov");                                         // sergey-lavrov
 * kb.resolveRole("le chef de la diplomatie chinoise", LocalDate.of(2023, 9, 19)); // [wang-yi]</pre>
 *
 * <p>Names are compared through {@link NameKey}, so transliteration variants, lost accents and a lost letter written
 * "?" resolve; surname-only and initial forms ("Poutine", "V. Poutine", "M. Lavrov") are derived from the curated
 * persons and resolve when only one person fits. Tables: {@code persons.tsv}, {@code roles.tsv},
 * {@code organizations.tsv}, {@code misc.tsv}, {@code countries.tsv} with {@code country-adjectives.tsv},
 * {@code places.tsv}, {@code role-phrases.tsv}, {@code honorifics.tsv} and {@code generated/petrarch-*.tsv}.
 * Immutable and thread-safe; {@link #builtIn()} loads once.
 */
public final class Actors {
    private static final String DIR = "/veille/kb/";
    private static final String LOST = "?";
    private static final String[] LOST_LETTERS = "i|ï|e|é|è|a|o|u|y|c|ç|n|".split("\\|", -1);
    private static volatile Actors builtIn;

    private final Map<String, Actor> byId;
    private final Map<String, List<String>> byKey;
    private final Map<String, List<String>> bySurname;
    private final Map<String, List<String>> byInitialSurname;
    private final Set<String> acronymKeys;
    private final Map<String, List<Role>> rolesByPerson;
    private final Map<String, List<Role>> rolesByOffice;
    private final Map<String, String[]> rolePhrases;
    private final Map<String, String> institutionPhrases;
    private final Map<String, String> honorifics;
    private final Map<String, String> adjectives;
    private final Map<String, String> prefixes;
    private final Map<String, String> metonyms;
    private final Gazetteer gazetteer;
    private volatile RolePhraseShape rolePhraseShape;
    private volatile RolePhraseShape institutionShape;

    private Actors(Builder b) {
        this.byId = Collections.unmodifiableMap(b.byId);
        this.byKey = freeze(b.byKey);
        this.bySurname = freeze(b.bySurname);
        this.byInitialSurname = freeze(b.byInitialSurname);
        this.acronymKeys = Set.copyOf(b.acronymKeys);
        this.rolesByPerson = freezeRoles(b.rolesByPerson);
        this.rolesByOffice = freezeRoles(b.rolesByOffice);
        this.rolePhrases = Map.copyOf(b.rolePhrases);
        this.institutionPhrases = Map.copyOf(b.institutionPhrases);
        this.honorifics = Map.copyOf(b.honorifics);
        this.adjectives = Map.copyOf(b.adjectives);
        this.prefixes = Map.copyOf(b.prefixes);
        this.metonyms = Map.copyOf(b.metonyms);
        this.gazetteer = b.gazetteer.build();
    }

    /** The built-in tables, loaded on first use. */
    public static Actors builtIn() {
        Actors a = builtIn;
        if (a == null) {
            synchronized (Actors.class) {
                a = builtIn;
                if (a == null) {
                    a = builtIn = load(List.of());
                }
            }
        }
        return a;
    }

    /**
     * The built-in tables plus user tables with the same columns: each extra table is added after the built-in one
     * whose file name its own starts with ({@code persons-mine.tsv} → persons, {@code roles-2026.tsv} → roles).
     */
    public static Actors load(List<TsvFile> extra) {
        // The generated tables are the bulk of the bytes: read them while the curated ones are indexed.
        // Their name keys are computed there too: on a cold JVM that is most of the load time, and a second core
        // halves it.
        var petrarchPersons = java.util.concurrent.CompletableFuture.supplyAsync(
                () -> PetrarchPersons.read(RawTable.resource(DIR + "generated/petrarch-persons.tsv")));
        var petrarchRoles = java.util.concurrent.CompletableFuture.supplyAsync(
                () -> RawTable.resource(DIR + "generated/petrarch-roles.tsv"));
        Builder b = new Builder();
        TsvFile countries = TsvFile.resource(DIR + "countries.tsv");
        b.countries(countries, TsvFile.resource(DIR + "country-adjectives.tsv"));
        for (TsvFile t : with("persons", TsvFile.resource(DIR + "persons.tsv"), extra)) {
            b.persons(t);
        }
        for (TsvFile t : with("organizations", TsvFile.resource(DIR + "organizations.tsv"), extra)) {
            b.entities(t, "organization");
        }
        for (TsvFile t : with("misc", TsvFile.resource(DIR + "misc.tsv"), extra)) {
            b.entities(t, "misc");
        }
        for (TsvFile t : with("places", TsvFile.resource(DIR + "places.tsv"), extra)) {
            b.places(t);
        }
        for (TsvFile t : with("outlets", TsvFile.resource(DIR + "outlets.tsv"), extra)) {
            b.outlets(t);
        }
        b.petrarch(petrarchPersons.join(), petrarchRoles.join());
        for (TsvFile t : with("roles", TsvFile.resource(DIR + "roles.tsv"), extra)) {
            b.roles(t);
        }
        b.honorifics(TsvFile.resource(DIR + "honorifics.tsv"));
        b.rolePhrases(TsvFile.resource(DIR + "role-phrases.tsv"), TsvFile.resource(DIR + "country-adjectives.tsv"));
        b.institutions(TsvFile.resource(DIR + "institution-phrases.tsv"), TsvFile.resource(DIR + "country-adjectives.tsv"),
                TsvFile.resource(DIR + "countries.tsv"));
        return new Actors(b);
    }

    /** The values of a {@code |}-separated cell (aliases, prefixes, metonyms), stripped, empty ones dropped. */
    static List<String> split(String aliases) {
        return aliases == null || aliases.isEmpty() ? List.of()
                : Arrays.stream(aliases.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static List<TsvFile> with(String prefix, TsvFile builtIn, List<TsvFile> extra) {
        List<TsvFile> out = new ArrayList<>();
        out.add(builtIn);
        for (TsvFile t : extra) {
            String n = java.nio.file.Path.of(t.name()).getFileName().toString();
            if (n.startsWith(prefix)) {
                out.add(t);
            }
        }
        return out;
    }

    // ---- lookups ----

    /** The entity with this id, if any. */
    public Optional<Actor> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Every entity, curated first. */
    public java.util.Collection<Actor> all() {
        return byId.values();
    }

    /**
     * The one entity a name denotes: full names and aliases in any spelling, then (persons only) surname alone or
     * after an initial ("Poutine", "V. Poutine"), after an honorific ("M. Lavrov", "Mme Zakharova"). Empty when no
     * entity or more than one fits.
     */
    public Optional<Actor> find(String name) {
        List<Actor> c = candidates(name);
        return c.size() == 1 ? Optional.of(c.getFirst()) : Optional.empty();
    }

    /** Every entity a name may denote, best first; empty when none. */
    public List<Actor> candidates(String name) {
        String stripped = name.strip();
        String gender = "";
        String[] words = stripped.split("\\s+", 2);
        if (words.length == 2 && honorifics.containsKey(words[0].toLowerCase(Locale.ROOT))) {
            gender = honorifics.get(words[0].toLowerCase(Locale.ROOT));
            stripped = words[1];
        }
        boolean upper = stripped.equals(stripped.toUpperCase(Locale.ROOT));
        Set<String> ids = new LinkedHashSet<>();
        for (String variant : lostLetterVariants(stripped)) {
            String key = NameKey.of(variant);
            if (!upper && acronymKeys.contains(key)) {
                continue;
            }
            ids.addAll(byKey.getOrDefault(key, List.of()));
        }
        if (ids.isEmpty()) {
            for (String variant : lostLetterVariants(stripped)) {
                List<String> w = NameKey.words(variant);
                if (w.size() == 1) {
                    // A short surname must be spelt as listed: "Le" is not "Lee", though their keys are one.
                    String exact = MatchKey.of(variant);
                    ids.addAll(w.getFirst().length() > 3 ? bySurname.getOrDefault(w.getFirst(), List.of())
                            : bySurname.getOrDefault("=" + exact, List.of()));
                } else if (w.size() >= 2 && w.getFirst().length() == 1) {
                    ids.addAll(byInitialSurname.getOrDefault(w.getFirst() + " " + String.join("", w.subList(1, w.size())),
                            List.of()));
                }
            }
        }
        List<Actor> out = new ArrayList<>();
        for (String id : ids) {
            Actor a = byId.get(id);
            if (gender.isEmpty() || a.gender().isEmpty() || a.gender().equals(gender)) {
                out.add(a);
            }
        }
        // Curated entities shadow generated ones that share a spelling.
        if (out.stream().anyMatch(Actor::curated)) {
            out.removeIf(a -> !a.curated());
        }
        return out;
    }

    /** The spellings a name with lost letters ("Sergue? Lavrov") may stand for; the name itself when it has none. */
    static List<String> lostLetterVariants(String name) {
        int i = name.indexOf(LOST);
        if (i < 0) {
            return List.of(name);
        }
        List<String> out = new ArrayList<>();
        for (String l : LOST_LETTERS) {
            for (String rest : lostLetterVariants(name.substring(i + 1))) {
                out.add(name.substring(0, i) + l + rest);
            }
            if (out.size() > 200) {
                break;
            }
        }
        return out;
    }

    /** Offices a person held, in table order (curated first). */
    public List<Role> rolesOf(String personId) {
        return rolesByPerson.getOrDefault(personId, List.of());
    }

    /** The roles (offices) a person held on a date. */
    public List<Role> rolesOf(String personId, LocalDate date) {
        return rolesOf(personId).stream().filter(r -> r.heldOn(date)).toList();
    }

    /** Who held {@code role} of {@code of} (ISO2 or organisation id) on {@code date}; empty when the KB does not know. */
    public List<Actor> holdersOf(String role, String of, LocalDate date) {
        Set<String> ids = new LinkedHashSet<>();
        for (Role r : rolesByOffice.getOrDefault(role + "\t" + of, List.of())) {
            if (r.heldOn(date)) {
                ids.add(r.person());
            }
        }
        return ids.stream().map(byId::get).toList();
    }

    /** The (role, of) a description denotes ("le chef de la diplomatie chinoise" → foreign-minister, CN). */
    public Optional<List<String>> rolePhrase(String phrase) {
        String[] r = rolePhrases.get(phraseKey(phrase));
        return r == null ? Optional.empty() : Optional.of(List.of(r));
    }

    /**
     * The first words (match keys, article dropped) of every role description, and their longest length in words,
     * so a text can be scanned for descriptions without trying every span.
     */
    public RolePhraseShape rolePhraseShape() {
        RolePhraseShape shape = rolePhraseShape;
        if (shape == null) {
            shape = rolePhraseShape = RolePhraseShape.of(rolePhrases.keySet());
        }
        return shape;
    }


    /** The state institution a phrase names ("le gouvernement espagnol" → government:ES), if any. */
    public Optional<Actor> institution(String phrase) {
        return Optional.ofNullable(institutionPhrases.get(phraseKey(phrase))).map(byId::get);
    }

    /** First words and longest length of the institution phrases, as {@link #rolePhraseShape()}. */
    public RolePhraseShape institutionShape() {
        RolePhraseShape shape = institutionShape;
        if (shape == null) {
            shape = institutionShape = RolePhraseShape.of(institutionPhrases.keySet());
        }
        return shape;
    }


    /** See {@link #rolePhraseShape()}. */
    public record RolePhraseShape(Set<String> firstWords, int maxWords) {
        static RolePhraseShape of(Set<String> phraseKeys) {
            Set<String> first = new java.util.HashSet<>();
            int max = 1;
            for (String k : phraseKeys) {
                String[] w = k.split(" ");
                first.add(w[0]);
                max = Math.max(max, w.length);
            }
            return new RolePhraseShape(Set.copyOf(first), max);
        }
    }

    /** Who a role description denoted on a date ("le président russe", 2016-05-01 → [vladimir-putin]). */
    public List<Actor> resolveRole(String phrase, LocalDate date) {
        return rolePhrase(phrase).map(r -> holdersOf(r.get(0), r.get(1), date)).orElse(List.of());
    }

    /** The gender an honorific implies ("M." → m, "Mme" → f, "Dr" → empty), if the word is one. */
    public Optional<String> honorific(String word) {
        return Optional.ofNullable(honorifics.get(word.toLowerCase(Locale.ROOT)));
    }

    /** The ISO2 code a French or English country adjective names ("chinoise", "Russian"). */
    public Optional<String> countryOfAdjective(String adjective) {
        return Optional.ofNullable(adjectives.get(MatchKey.of(adjective)));
    }

    /** The ISO2 code a compound prefix names ("sino" or "sino-" → CN). */
    public Optional<String> countryOfPrefix(String prefix) {
        return Optional.ofNullable(prefixes.get(MatchKey.of(prefix)));
    }

    /** The ISO2 code of the state a metonym stands for ("Pékin" → CN, "le Kremlin" → RU). */
    public Optional<String> countryOfMetonym(String metonym) {
        return Optional.ofNullable(metonyms.get(MatchKey.of(metonym)));
    }

    /** A gazetteer of every name and variant, sharing these tables. */
    public Gazetteer gazetteer() {
        return gazetteer;
    }

    /** Number of entities. */
    public int size() {
        return byId.size();
    }

    private static String phraseKey(String phrase) {
        String k = MatchKey.of(phrase);
        for (String article : new String[] {"le ", "la ", "l ", "les ", "the "}) {
            if (k.startsWith(article)) {
                return k.substring(article.length());
            }
        }
        return k;
    }

    private static Map<String, List<String>> freeze(Map<String, List<String>> m) {
        Map<String, List<String>> out = new HashMap<>(m.size() * 2);
        m.forEach((k, v) -> out.put(k, List.copyOf(v)));
        return Collections.unmodifiableMap(out);
    }

    private static Map<String, List<Role>> freezeRoles(Map<String, List<Role>> m) {
        Map<String, List<Role>> out = new HashMap<>(m.size() * 2);
        m.forEach((k, v) -> out.put(k, List.copyOf(v)));
        return Collections.unmodifiableMap(out);
    }

    static LocalDate from(String s) {
        if (s == null || s.isEmpty()) {
            return null;
        }
        return switch (s.length()) {
            case 4 -> LocalDate.of(Integer.parseInt(s), 1, 1);
            case 7 -> LocalDate.of(Integer.parseInt(s, 0, 4, 10), Integer.parseInt(s, 5, 7, 10), 1);
            case 10 -> LocalDate.of(Integer.parseInt(s, 0, 4, 10), Integer.parseInt(s, 5, 7, 10),
                    Integer.parseInt(s, 8, 10, 10));
            default -> throw new IllegalArgumentException("Date '" + s + "' is not YYYY, YYYY-MM or YYYY-MM-DD");
        };
    }

    static LocalDate until(String s) {
        if (s == null || s.isEmpty()) {
            return null;
        }
        return switch (s.length()) {
            case 4 -> LocalDate.of(Integer.parseInt(s) + 1, 1, 1);
            case 7 -> from(s).plusMonths(1);
            default -> from(s);
        };
    }

    /** Collects rows into indexes; used once by {@link #load}. */
    private static final class Builder {
        final Map<String, Actor> byId = new LinkedHashMap<>();
        final Map<String, List<String>> byKey = new HashMap<>();
        final Map<String, List<String>> bySurname = new HashMap<>();
        final Map<String, List<String>> byInitialSurname = new HashMap<>();
        final Set<String> acronymKeys = new java.util.HashSet<>();
        final Map<String, List<Role>> rolesByPerson = new HashMap<>();
        final Map<String, List<Role>> rolesByOffice = new HashMap<>();
        final Map<String, String[]> rolePhrases = new HashMap<>();
        final Map<String, String> institutionPhrases = new HashMap<>();
        final Map<String, String> honorifics = new HashMap<>();
        final Map<String, String> adjectives = new HashMap<>();
        final Map<String, String> prefixes = new HashMap<>();
        final Map<String, String> metonyms = new HashMap<>();
        final Map<String, String> mergedPetrarch = new HashMap<>();
        final Gazetteer.Builder gazetteer = new Gazetteer.Builder();
        final Map<String, String> folded = new HashMap<>();

        void add(Actor a) {
            if (byId.putIfAbsent(a.id(), a) != null) {
                throw new IllegalArgumentException("Duplicate knowledge-base id '" + a.id() + "'");
            }
            for (String n : a.names()) {
                index(n, a.id());
            }
        }

        void index(String name, String id) {
            index(name, NameKey.words(name, folded), id);
        }

        void index(String name, List<String> words, String id) {
            String key = String.join("", words);
            if (key.isEmpty()) {
                return;
            }
            List<String> ids = byKey.computeIfAbsent(key, k -> new ArrayList<>(1));
            if (!ids.contains(id)) {
                ids.add(id);
            }
            boolean acronym = isAcronym(name);
            if (acronym) {
                acronymKeys.add(key);
            }
            gazetteer.add(words, name, id, acronym, false);
        }

        static boolean isAcronym(String name) {
            return name.length() <= 6 && name.chars().anyMatch(Character::isLetter)
                    && name.equals(name.toUpperCase(Locale.ROOT)) && !name.contains(" ");
        }

        void countries(TsvFile countries, TsvFile curated) {
            Map<String, Map<String, String>> extra = new HashMap<>();
            for (Map<String, String> r : curated.rows()) {
                extra.put(r.get("iso2"), r);
            }
            for (Map<String, String> r : countries.rows()) {
                String iso2 = r.get("iso2");
                Map<String, String> c = extra.get(iso2);
                String name = c != null && !c.get("name").isEmpty() ? c.get("name") : r.get("name");
                Set<String> aliases = new LinkedHashSet<>();
                for (String lang : new String[] {"fr", "en", "de", "es", "ru", "zh", "ar"}) {
                    aliases.addAll(split(r.get(lang)));
                }
                if (c != null) {
                    aliases.addAll(split(c.get("aliases")));
                }
                aliases.remove(name);
                add(new Actor(iso2, EntityType.LOC, "country", name, List.copyOf(aliases), "", iso2, "", false));
            }
            for (Map<String, String> r : curated.rows()) {
                String iso2 = r.get("iso2");
                for (String col : new String[] {"m", "f", "mpl", "fpl", "en"}) {
                    adjectives.putIfAbsent(MatchKey.of(r.get(col)), iso2);
                }
                for (String p : split(r.get("prefix"))) {
                    prefixes.putIfAbsent(MatchKey.of(p), iso2);
                }
                for (String m : split(r.get("metonyms"))) {
                    metonyms.putIfAbsent(MatchKey.of(m), iso2);
                }
            }
        }

        void persons(TsvFile t) {
            for (Map<String, String> r : t.rows()) {
                String name = r.get("name");
                Actor a = new Actor(r.get("id"), EntityType.PER, "person", name, split(r.get("aliases")),
                        r.getOrDefault("gender", ""), r.getOrDefault("country", ""), "", true);
                add(a);
                String family = r.getOrDefault("family", "");
                for (String n : a.names()) {
                    if (!isLatin(n)) {
                        continue;
                    }
                    List<String> w = NameKey.words(n, folded);
                    List<String> fam = NameKey.words(family.isEmpty() ? lastWord(n) : family, folded);
                    if (w.size() < 2 || fam.isEmpty() || !containsRun(w, fam)) {
                        continue;
                    }
                    String surname = String.join("", fam);
                    addTo(bySurname, surname, a.id());
                    addTo(bySurname, "=" + MatchKey.of(family.isEmpty() ? lastWord(n) : family), a.id());
                    gazetteer.add(fam, family.isEmpty() ? lastWord(n) : family, a.id(), false, true);
                    int famAt = Collections.indexOfSubList(w, fam);
                    String first = famAt == 0 ? w.get(fam.size()) : w.getFirst();
                    addTo(byInitialSurname, first.charAt(0) + " " + surname, a.id());
                }
            }
        }

        private static boolean containsRun(List<String> w, List<String> fam) {
            return Collections.indexOfSubList(w, fam) >= 0;
        }

        private static String lastWord(String n) {
            String[] p = n.strip().split("\\s+");
            return p[p.length - 1];
        }

        private static boolean isLatin(String s) {
            return s.chars().filter(Character::isLetter)
                    .allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN);
        }

        static void addTo(Map<String, List<String>> m, String key, String id) {
            List<String> ids = m.computeIfAbsent(key, k -> new ArrayList<>(1));
            if (!ids.contains(id)) {
                ids.add(id);
            }
        }

        /** A row's type column, read into the enum here so a typo fails at load time, naming file and row. */
        private static EntityType type(TsvFile t, Map<String, String> r) {
            try {
                return EntityType.parse(r.get("type"));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(t.name() + ", row " + r.get("id") + ": " + e.getMessage(), e);
            }
        }

        void entities(TsvFile t, String kind) {
            for (Map<String, String> r : t.rows()) {
                add(new Actor(r.get("id"), type(t, r), kind, r.get("name"), split(r.get("aliases")), "",
                        r.getOrDefault("country", ""), r.getOrDefault("parent", ""), true));
            }
        }

        void places(TsvFile t) {
            for (Map<String, String> r : t.rows()) {
                if (byId.containsKey(r.get("id"))) {
                    continue;
                }
                add(new Actor(r.get("id"), EntityType.LOC, r.get("kind"), r.get("name"), split(r.get("aliases")), "",
                        r.getOrDefault("country", ""), "", true));
            }
        }

        /**
         * News outlets and agencies are organisations when a story names them ("selon l'AFP", "rapporte RT"); their
         * ids carry a {@code media:} prefix, so they never clash with an organisation's.
         */
        void outlets(TsvFile t) {
            for (Map<String, String> r : t.rows()) {
                String id = "media:" + r.get("id");
                if (!byId.containsKey(id)) {
                    add(new Actor(id, EntityType.ORG, "outlet", r.get("name"), split(r.get("aliases")), "",
                            r.getOrDefault("country", ""), "", true));
                }
            }
        }

        /** Generated persons; one whose spelling is a curated person's joins that person (aliases and roles). */
        void petrarch(PetrarchPersons persons, RawTable roles) {
            for (PetrarchPersons.Row r : persons.rows()) {
                // names.get(0) is the name itself, then the aliases, as in Actor#names().
                String curated = curatedPerson(r.words().get(0));
                if (curated != null) {
                    mergedPetrarch.put(r.id(), curated);
                    for (int i = 1; i < r.names().size(); i++) {
                        index(r.names().get(i), r.words().get(i), curated);
                    }
                    continue;
                }
                Actor a = new Actor(r.id(), EntityType.PER, "person", r.names().get(0),
                        r.names().subList(1, r.names().size()),
                        "", "", "", false);
                if (byId.putIfAbsent(a.id(), a) != null) {
                    throw new IllegalArgumentException("Duplicate knowledge-base id '" + a.id() + "'");
                }
                for (int i = 0; i < r.names().size(); i++) {
                    index(r.names().get(i), r.words().get(i), a.id());
                }
            }
            int cPerson = roles.column("person");
            int cSector = roles.column("sector");
            int cCountry = roles.column("country");
            int cFrom = roles.column("from");
            int cTo = roles.column("to");
            for (String[] r : roles.rows()) {
                String person = mergedPetrarch.getOrDefault(r[cPerson], r[cPerson]);
                addRole(new Role(person, "cameo:" + r[cSector], r[cCountry], from(r[cFrom]), until(r[cTo]), ""));
            }
        }

        private String curatedPerson(List<String> nameWords) {
            for (String id : byKey.getOrDefault(String.join("", nameWords), List.of())) {
                Actor a = byId.get(id);
                if (a.curated() && a.type() == EntityType.PER) {
                    return id;
                }
            }
            return null;
        }

        void roles(TsvFile t) {
            for (Map<String, String> r : t.rows()) {
                if (!byId.containsKey(r.get("person"))) {
                    throw new IllegalArgumentException(t.name() + ": role of unknown person '" + r.get("person")
                            + "'; persons are listed in persons.tsv");
                }
                addRole(new Role(r.get("person"), r.get("role"), r.get("of"), from(r.get("from")),
                        until(r.get("to")), r.getOrDefault("note", "")));
            }
        }

        void addRole(Role role) {
            rolesByPerson.computeIfAbsent(role.person(), k -> new ArrayList<>()).add(role);
            rolesByOffice.computeIfAbsent(role.role() + "\t" + role.of(), k -> new ArrayList<>()).add(role);
        }

        void honorifics(TsvFile t) {
            for (Map<String, String> r : t.rows()) {
                honorifics.put(r.get("honorific").toLowerCase(Locale.ROOT), r.get("gender"));
            }
        }

        /** State institutions by country: "gouvernement espagnol" → government:ES, "Government of Spain". */
        void institutions(TsvFile phrases, TsvFile adjectivesTable, TsvFile countries) {
            Map<String, String> frenchName = new HashMap<>();
            for (Map<String, String> c : countries.rows()) {
                frenchName.put(c.get("iso2"), c.getOrDefault("fr", ""));
            }
            Map<String, Map<String, String>> adjectivesByIso = new HashMap<>();
            for (Map<String, String> c : adjectivesTable.rows()) {
                adjectivesByIso.put(c.get("iso2"), c);
            }
            for (Map<String, String> r : phrases.rows()) {
                String p = r.get("phrase");
                for (String iso : frenchName.keySet().stream().sorted().toList()) {
                    Actor country = byId.get(iso);
                    if (country == null) {
                        continue;
                    }
                    List<String> expansions = new ArrayList<>();
                    if (p.contains("{de}")) {
                        String fr = frenchName.get(iso).split("\\|")[0].strip();
                        if (!fr.isEmpty()) {
                            for (String de : new String[] {"du ", "de la ", "de l'", "des ", "de "}) {
                                expansions.add(p.replace("{de}", de + fr));
                            }
                        }
                    } else if (adjectivesByIso.containsKey(iso)) {
                        String e = p;
                        for (String col : new String[] {"m", "f", "mpl", "fpl"}) {
                            e = e.replace("{" + col + "}", adjectivesByIso.get(iso).get(col));
                        }
                        expansions.add(e);
                    }
                    if (expansions.isEmpty()) {
                        continue;
                    }
                    String id = r.get("institution") + ":" + iso;
                    if (!byId.containsKey(id)) {
                        byId.put(id, new Actor(id, EntityType.ORG, "institution",
                                r.get("name").replace("{country}", country.name()),
                                List.of(), "", iso, "", true));
                    }
                    for (String e : expansions) {
                        institutionPhrases.putIfAbsent(phraseKey(e), id);
                    }
                }
            }
        }

        void rolePhrases(TsvFile phrases, TsvFile adjectivesTable) {
            for (Map<String, String> r : phrases.rows()) {
                String p = r.get("phrase");
                if (!p.contains("{")) {
                    rolePhrases.putIfAbsent(phraseKey(p), new String[] {r.get("role"), r.get("of")});
                    continue;
                }
                for (Map<String, String> c : adjectivesTable.rows()) {
                    String expanded = p;
                    for (String col : new String[] {"m", "f", "mpl", "fpl", "en"}) {
                        expanded = expanded.replace("{" + col + "}", c.get(col));
                    }
                    rolePhrases.putIfAbsent(phraseKey(expanded), new String[] {r.get("role"), c.get("iso2")});
                }
            }
        }
    }
}
