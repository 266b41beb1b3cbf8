package veille.train.ner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import veille.doc.EntityType;
import veille.doc.Token;
import veille.stage.tokenize.FrenchTokenizer;
import veille.stage.ner.NerLexicon;

/**
 * Rebuilds {@code veille/kb/ner-gazetteer.tsv}, the name finder's gazetteer, from {@code ../shared/data/kb}
 * (MIT-licensed sources only) and Veille's own {@code places.tsv}.
 *
 * <ul>
 *   <li>LOC: country names in French and English ({@code countries/i18n-iso-countries/{fr,en}.json}, MIT),
 *       the spellings of {@code veille/kb/places.tsv}, and PETRARCH2 country entries with their variants
 *       (country and city names, {@code petrarch2/Phoenix.Countries.actors.txt}, MIT);</li>
 *   <li>PER: PETRARCH2 actors whose roles carry dates (office holders), their name variants without a title
 *       word, and FIRST/LAST: the first and last word of those names;</li>
 *   <li>ORG: undated PETRARCH2 international and non-state actors ({@code Phoenix.International},
 *       {@code Phoenix.MilNonState}).</li>
 * </ul>
 *
 * <p>Each phrase is tokenized with {@link FrenchTokenizer} and written as its tokens' {@link NerLexicon#key match
 * keys} joined by spaces; lines are sorted, so the file is reproducible. Run {@code bin/veille train gazetteer}, or
 * {@code java -cp "veille-cli/target/lib/*" veille.train.ner.NerGazetteerBuilder ../shared/data/kb veille-core/src/main/resources/veille/kb/ner-gazetteer.tsv}.
 */
public final class NerGazetteerBuilder {
    /** English role words that mark a PETRARCH2 variant as "title + name" rather than a name. */
    private static final String ROLE_WORDS = "/veille/kb/ner-petrarch-role-words.txt";
    /** The row labels of first and family names, beside the entity types' labels. */
    private static final String FIRST = "FIRST";
    private static final String LAST = "LAST";

    /** The gazetteer Veille ships, relative to the repository root. */
    public static final String GAZETTEER_PATH = "veille-core/src/main/resources/veille/kb/ner-gazetteer.tsv";

    private NerGazetteerBuilder() {
    }

    /** Builds the gazetteer: {@code args[0]} the kb folder, {@code args[1]} the output file. */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: NerGazetteerBuilder KB_DIR OUT.tsv");
            System.exit(64);
        }
        int lines = write(Path.of(args[0]), Path.of(args[1]));
        System.err.println("wrote " + lines + " lines to " + args[1]);
    }

    /** Builds the gazetteer from the kb folder {@code kb} and writes it to {@code out}; returns its line count. */
    public static int write(Path kb, Path out) throws IOException {
        List<String> lines = build(kb);
        Files.writeString(out, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return lines.size();
    }

    /** The gazetteer file's lines: a header, then sorted {@code TYPE<TAB>phrase} rows. */
    public static List<String> build(Path kb) throws IOException {
        Set<String> roleWords = new TreeSet<>();
        try (var in = NerGazetteerBuilder.class.getResourceAsStream(ROLE_WORDS)) {
            if (in == null) {
                throw new IllegalStateException(ROLE_WORDS + " is not on the classpath");
            }
            for (String l : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!l.isBlank() && !l.startsWith("#")) {
                    roleWords.add(l.strip().toLowerCase(java.util.Locale.ROOT));
                }
            }
        }
        Set<String> rows = new TreeSet<>();
        ObjectMapper om = new ObjectMapper();
        for (String lang : new String[] {"fr", "en"}) {
            JsonNode countries = om.readTree(kb.resolve("countries/i18n-iso-countries/" + lang + ".json").toFile())
                    .get("countries");
            for (JsonNode v : countries) {
                if (v.isArray()) {
                    v.forEach(x -> add(rows, EntityType.LOC, x.asText()));
                } else {
                    add(rows, EntityType.LOC, v.asText());
                }
            }
        }
        try (var in = NerGazetteerBuilder.class.getResourceAsStream("/veille/kb/places.tsv")) {
            for (String l : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (l.startsWith("#") || l.startsWith("id\t") || l.isBlank()) {
                    continue;
                }
                String[] f = l.split("\t");
                if (f.length >= 5) {
                    add(rows, EntityType.LOC, f[1]);
                    for (String a : f[4].split("\\|")) {
                        add(rows, EntityType.LOC, a);
                    }
                }
            }
        }
        // Veille's own curated tables, with their French spellings ("Nations unies", "Agence France-Presse").
        curated(rows, "/veille/kb/persons.tsv", EntityType.PER, "name", "aliases");
        curated(rows, "/veille/kb/organizations.tsv", EntityType.ORG, "name", "aliases");
        curated(rows, "/veille/kb/outlets.tsv", EntityType.ORG, "name", "aliases");
        curated(rows, "/veille/kb/countries.tsv", EntityType.LOC, "fr", null);
        Path p = kb.resolve("petrarch2");
        petrarch(rows, p.resolve("Phoenix.Countries.actors.txt"), true, roleWords);
        petrarch(rows, p.resolve("Phoenix.International.actors.txt"), false, roleWords);
        petrarch(rows, p.resolve("Phoenix.MilNonState.actors.txt"), false, roleWords);
        List<String> out = new ArrayList<>();
        out.add("# Veille NER gazetteer: TYPE<TAB>phrase, the phrase as match keys (lower case, no accents) of its");
        out.add("# tokens joined by spaces. TYPE is PER, ORG, LOC, FIRST (a first name) or LAST (a family name).");
        // The header names the data set and the command, never a path: the file ships in the runtime jar. It is part
        // of the bytes the model's lexicon hash covers, so changing it means retraining the model.
        out.add("# Generated by veille.train.ner.NerGazetteerBuilder ('bin/veille train gazetteer') from the kb folder");
        out.add("# of the shared data: i18n-iso-countries fr/en tables (MIT), PETRARCH2 Phoenix actor dictionaries");
        out.add("# (MIT, Open Event Data Alliance), and Veille's own tables veille/kb/places.tsv, persons.tsv,");
        out.add("# organizations.tsv, outlets.tsv, countries.tsv (French names).");
        out.add("# Do not edit by hand; rebuild with 'bin/veille train gazetteer', then 'bin/veille train ner'.");
        out.addAll(rows);
        return out;
    }

    /**
     * Adds the names of one of Veille's curated tables (a {@code #}-commented TSV with a header row): the
     * {@code nameColumn} and, when given, the {@code |}-separated {@code aliasColumn}; spellings in non-Latin
     * scripts are skipped (the features read French text). Persons of two words or more also give FIRST and LAST.
     */
    private static void curated(Set<String> rows, String resource, EntityType type, String nameColumn,
                                String aliasColumn) throws IOException {
        List<String> lines = new ArrayList<>();
        try (var in = NerGazetteerBuilder.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the classpath");
            }
            for (String l : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!l.isBlank() && !l.startsWith("#")) {
                    lines.add(l);
                }
            }
        }
        List<String> header = List.of(lines.get(0).split("\t", -1));
        int nameAt = header.indexOf(nameColumn);
        int aliasAt = aliasColumn == null ? -1 : header.indexOf(aliasColumn);
        for (String l : lines.subList(1, lines.size())) {
            String[] f = l.split("\t", -1);
            List<String> names = new ArrayList<>();
            if (nameAt >= 0 && nameAt < f.length) {
                names.addAll(List.of(f[nameAt].split("\\|")));
            }
            if (aliasAt >= 0 && aliasAt < f.length) {
                names.addAll(List.of(f[aliasAt].split("\\|")));
            }
            for (String n : names) {
                String name = n.strip();
                if (name.isEmpty() || !latin(name)) {
                    continue;
                }
                add(rows, type, name);
                String[] words = name.toLowerCase(java.util.Locale.ROOT).split("\\s+");
                if (type == EntityType.PER && words.length >= 2) {
                    add(rows, FIRST, words[0]);
                    add(rows, LAST, words[words.length - 1]);
                }
            }
        }
    }

    private static boolean latin(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i))
                    && Character.UnicodeScript.of(s.charAt(i)) != Character.UnicodeScript.LATIN) {
                return false;
            }
        }
        return true;
    }

    /**
     * Reads one TABARI actor file: an entry line, "+" variant lines, and role codes in brackets (on the entry
     * line or the lines below); a code with a date ("[RUSGOV 991231-080507]", "[IGOUNO >070201]") makes the
     * entry a person.
     */
    private static void petrarch(Set<String> rows, Path file, boolean countries, Set<String> roleWords)
            throws IOException {
        List<String> names = new ArrayList<>();
        StringBuilder codes = new StringBuilder();
        for (String raw : Files.readAllLines(file, StandardCharsets.ISO_8859_1)) {
            String line = raw;
            int hash = line.indexOf('#');
            if (hash >= 0) {
                line = line.substring(0, hash);
            }
            if (line.isBlank()) {
                continue;
            }
            String t = line.strip();
            int br = t.indexOf('[');
            String name = br < 0 ? t : t.substring(0, br).strip();
            String code = br < 0 ? "" : t.substring(br);
            if (Character.isWhitespace(line.charAt(0)) && name.isEmpty()) {
                codes.append(code);
                continue;
            }
            if (t.startsWith("+")) {
                names.add(name.substring(1));
                codes.append(code);
                continue;
            }
            flush(rows, names, codes.toString(), countries, roleWords);
            names.clear();
            codes.setLength(0);
            names.add(name);
            codes.append(code);
        }
        flush(rows, names, codes.toString(), countries, roleWords);
    }

    private static void flush(Set<String> rows, List<String> names, String codes, boolean countries,
                              Set<String> roleWords) {
        if (names.isEmpty()) {
            return;
        }
        boolean dated = codes.matches(".*\\[[A-Z]+ *[<>]?\\d{6}.*");
        EntityType type;
        if (dated) {
            type = EntityType.PER;
        } else if (countries) {
            if (!codes.matches("\\[[A-Z]{3}\\].*")) {
                return;
            }
            type = EntityType.LOC;
        } else {
            type = EntityType.ORG;
        }
        for (String n : names) {
            String phrase = n.replace('_', ' ').strip();
            if (phrase.isEmpty()) {
                continue;
            }
            String[] words = phrase.toLowerCase(java.util.Locale.ROOT).split("\\s+");
            boolean titled = false;
            for (String w : words) {
                titled |= roleWords.contains(w);
            }
            if (titled && type == EntityType.PER) {
                continue;
            }
            if (type == EntityType.PER) {
                if (words.length < 2) {
                    continue;
                }
                if (words[0].length() > 2 && !words[0].endsWith(".")) {
                    add(rows, FIRST, words[0]);
                }
                if (words[words.length - 1].length() > 2) {
                    add(rows, LAST, words[words.length - 1]);
                }
            }
            add(rows, type, phrase);
        }
    }

    private static void add(Set<String> rows, EntityType type, String phrase) {
        add(rows, type.label(), phrase);
    }

    private static void add(Set<String> rows, String type, String phrase) {
        List<Token> tokens = FrenchTokenizer.standard().tokenize(phrase);
        if (tokens.isEmpty() || tokens.size() > NerLexicon.MAX_PHRASE) {
            return;
        }
        StringBuilder b = new StringBuilder();
        for (Token t : tokens) {
            if (!b.isEmpty()) {
                b.append(' ');
            }
            b.append(NerLexicon.key(phrase.substring(t.start(), t.end())));
        }
        rows.add(type + "\t" + b);
    }
}
