package veille.train.kb;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes the generated knowledge-base tables from the open data in {@code ../shared/data/kb}.
 *
 * <pre>{@value #COMMAND}</pre>
 *
 * <p>Output is deterministic (sorted, no timestamps), so running it again reproduces the committed files byte for
 * byte: {@code countries.tsv} from i18n-iso-countries (MIT), {@code generated/petrarch-persons.tsv} and
 * {@code generated/petrarch-roles.tsv} from PETRARCH2's {@code Phoenix.Countries.actors.txt} (MIT).
 */
public final class KbBuilder {
    /** The command that regenerates the files, written into their headers. */
    public static final String COMMAND = "mvn -q -o -pl veille-train -am test -Dtest='veille.train.kb.**'"
            + " -Dsurefire.failIfNoSpecifiedTests=false -Dveille.kb.regenerate=true";

    private static final String[] LANGS = {"fr", "en", "de", "es", "ru", "zh", "ar"};
    private static final Pattern ROLE = Pattern.compile(
            "\\[([A-Z]{3})([A-Z]*)\\s*(?:([<>])\\s*(\\d{6,8})|(\\d{6,8})\\s*-\\s*(\\d{6,8}))?\\s*]");

    private KbBuilder() {
    }

    /**
     * Builds every generated table.
     *
     * @param args the {@code ../shared/data/kb} folder and the output folder
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: KbBuilder SHARED_DATA_KB_DIR OUTPUT_DIR");
            System.exit(64);
        }
        build(Path.of(args[0]), Path.of(args[1]));
    }

    /** Writes {@code countries.tsv} and {@code generated/petrarch-*.tsv} under {@code out}. */
    public static void build(Path data, Path out) throws IOException {
        Files.createDirectories(out.resolve("generated"));
        Files.writeString(out.resolve("countries.tsv"), countries(data.resolve("countries/i18n-iso-countries")),
                StandardCharsets.UTF_8);
        Petrarch p = petrarch(data.resolve("petrarch2/Phoenix.Countries.actors.txt"),
                data.resolve("petrarch2/Phoenix.agents.txt"));
        Files.writeString(out.resolve("generated/petrarch-persons.tsv"), p.persons, StandardCharsets.UTF_8);
        Files.writeString(out.resolve("generated/petrarch-roles.tsv"), p.roles, StandardCharsets.UTF_8);
    }

    /** The countries table, one row per ISO 3166-1 alpha-2 code, sorted by code. */
    static String countries(Path dir) throws IOException {
        ObjectMapper json = new ObjectMapper();
        Map<String, Map<String, List<String>>> byCode = new TreeMap<>();
        for (String lang : LANGS) {
            JsonNode countries = json.readTree(dir.resolve(lang + ".json").toFile()).get("countries");
            for (var it = countries.fields(); it.hasNext(); ) {
                var e = it.next();
                List<String> names = new ArrayList<>();
                if (e.getValue().isArray()) {
                    e.getValue().forEach(n -> names.add(clean(n.asText())));
                } else {
                    names.add(clean(e.getValue().asText()));
                }
                byCode.computeIfAbsent(e.getKey(), k -> new HashMap<>()).put(lang, names);
            }
        }
        StringBuilder sb = new StringBuilder();
        sb.append("""
                # Veille countries: ISO 3166-1 alpha-2 code, the first English name, and the names in French, English,
                # German, Spanish, Russian, Chinese and Arabic (|-separated; the first of each is the package's preferred
                # form). Curated French adjectives, prefixes, capitals and metonyms are in country-adjectives.tsv.
                # Source: i18n-iso-countries (github.com/michaelwittig/node-i18n-iso-countries), langs/*.json.
                # Licence: MIT (Copyright (c) 2016 Michael Wittig and contributors); this derived table is MIT too.
                # Generated, do not edit: %s
                #
                # Columns: iso2, iso3 (from the JDK's ISO tables), name, fr, en, de, es, ru, zh, ar
                iso2\tiso3\tname\tfr\ten\tde\tes\tru\tzh\tar
                """.formatted(COMMAND));
        for (var e : byCode.entrySet()) {
            Map<String, List<String>> names = e.getValue();
            sb.append(e.getKey()).append('\t').append(iso3(e.getKey())).append('\t')
                    .append(names.getOrDefault("en", List.of("")).getFirst());
            for (String lang : LANGS) {
                sb.append('\t').append(String.join("|", names.getOrDefault(lang, List.of())));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private static String iso3(String iso2) {
        try {
            return Locale.of("", iso2).getISO3Country();
        } catch (java.util.MissingResourceException e) {
            return "";
        }
    }

    private static String clean(String s) {
        return s.replace('\t', ' ').replace('|', '/').strip();
    }

    private record Petrarch(String persons, String roles) {
    }

    private record Person(String name, List<String> aliases, List<String[]> roles) {
    }

    /** Persons (headers marked "# CountryInfo.txt") with their name variants and CAMEO role codes and dates. */
    static Petrarch petrarchFor(Path actors, Path agents) throws IOException {
        return petrarch(actors, agents);
    }

    private static Petrarch petrarch(Path actors, Path agents) throws IOException {
        Set<String> titleWords = titleWords(readLines(agents));
        Map<String, String> iso3to2 = new HashMap<>();
        for (String c : Locale.getISOCountries()) {
            iso3to2.put(iso3(c), c);
        }
        List<Person> persons = new ArrayList<>();
        Person cur = null;
        for (String raw : readLines(actors)) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (raw.startsWith("+")) {
                if (cur != null) {
                    String alias = name(line.substring(1));
                    if (alias.contains(" ") && isName(alias, titleWords) && !alias.equals(cur.name) && !cur.aliases.contains(alias)) {
                        cur.aliases.add(alias);
                    }
                }
            } else if (line.startsWith("[")) {
                if (cur != null) {
                    Matcher m = ROLE.matcher(line);
                    if (m.find()) {
                        String from = m.group(4) != null && m.group(3).equals(">") ? date(m.group(4))
                                : m.group(5) != null ? date(m.group(5)) : "";
                        String to = m.group(4) != null && m.group(3).equals("<") ? date(m.group(4))
                                : m.group(6) != null ? date(m.group(6)) : "";
                        String c3 = m.group(1);
                        cur.roles.add(new String[] {m.group(1) + m.group(2), iso3to2.getOrDefault(c3, c3),
                                m.group(2), from, to});
                    }
                }
            } else {
                cur = null;
                if (raw.contains("# CountryInfo.txt")) {
                    String name = name(line.substring(0, line.indexOf('#')));
                    if (!name.isEmpty()) {
                        cur = new Person(name, new ArrayList<>(), new ArrayList<>());
                        persons.add(cur);
                    }
                }
            }
        }
        // Stable ids: the slug of the name, numbered in file order when two persons share one.
        Map<String, Integer> seen = new HashMap<>();
        TreeMap<String, Person> byId = new TreeMap<>();
        for (Person p : persons) {
            String slug = slug(p.name);
            int n = seen.merge(slug, 1, Integer::sum);
            byId.put("petrarch:" + slug + (n == 1 ? "" : "-" + n), p);
        }
        String head = """
                # Veille persons generated from PETRARCH2's country actor dictionary (Phoenix.Countries.actors.txt,
                # itself produced from CountryInfo.140130.txt); role dates end around 2014.
                # Source: github.com/openeventdata/petrarch2, petrarch2/data/dictionaries. Licence: MIT (Copyright (c)
                # 2014 Open Event Data Alliance); this derived table is MIT too.
                # Generated, do not edit: %s
                # Names are title-cased from the dictionary's upper case; aliases containing a title word from
                # Phoenix.agents.txt ("PRESIDENT", "MINISTER", ...) are left out, as are one-word aliases (surnames
                # alone are derived by the lookup, not listed).
                """.formatted(COMMAND);
        StringBuilder ps = new StringBuilder(head).append("#\n# Columns: id, name, aliases (|-separated)\nid\tname\taliases\n");
        StringBuilder rs = new StringBuilder(head).append("""
                #
                # Columns: person (id in petrarch-persons.tsv), code (CAMEO actor code), country (ISO2 where the CAMEO
                # country is one, else the CAMEO code: USR, YUG, ...), sector (CAMEO: GOV government, ELI elite,
                # MIL military, ...), from, to (ISO dates; empty = open; the source gives 6- or 8-digit dates)
                person\tcode\tcountry\tsector\tfrom\tto
                """);
        for (var e : byId.entrySet()) {
            Person p = e.getValue();
            ps.append(e.getKey()).append('\t').append(p.name).append('\t').append(String.join("|", p.aliases)).append('\n');
            for (String[] r : p.roles) {
                rs.append(e.getKey()).append('\t').append(String.join("\t", r)).append('\n');
            }
        }
        return new Petrarch(ps.toString(), rs.toString());
    }

    /** Every word of the agents dictionary's phrases: titles and roles, never personal names. */
    private static Set<String> titleWords(List<String> lines) {
        Set<String> out = new HashSet<>();
        for (String l : lines) {
            if (l.isBlank() || l.startsWith("#")) {
                continue;
            }
            String phrase = l.replaceAll("[\\[{].*", "").replace("!", "");
            for (String w : phrase.split("[_\\s]+")) {
                if (w.length() > 2) {
                    out.add(w.toUpperCase(Locale.ROOT));
                }
            }
        }
        return out;
    }

    private static boolean isName(String alias, Set<String> titleWords) {
        if (alias.isEmpty()) {
            return false;
        }
        for (String w : alias.split(" ")) {
            if (titleWords.contains(w.toUpperCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    /** "VLADIMIR_V._PUTIN_" → "Vladimir V. Putin". */
    static String name(String tabari) {
        String s = tabari.strip().replace('_', ' ').strip().replaceAll("\\s+", " ");
        StringBuilder out = new StringBuilder(s.length());
        boolean start = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            out.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
            start = !Character.isLetter(c) && c != '\'';
        }
        return out.toString().replace('\t', ' ').replace('|', '/');
    }

    private static String slug(String name) {
        String s = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        return s.replaceAll("^-|-$", "");
    }

    /** A TABARI date: YYMMDD (years after 14 are 19xx, the file dates from 2014) or YYYYMMDD. */
    static String date(String d) {
        if (d.length() == 8) {
            return d.substring(0, 4) + "-" + d.substring(4, 6) + "-" + d.substring(6);
        }
        int yy = Integer.parseInt(d.substring(0, 2));
        return (yy <= 14 ? 2000 + yy : 1900 + yy) + "-" + d.substring(2, 4) + "-" + d.substring(4);
    }

    /** Lines decoded as UTF-8 where valid, else as ISO-8859-1 (the dictionary mixes both). */
    private static List<String> readLines(Path p) throws IOException {
        byte[] bytes = Files.readAllBytes(p);
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= bytes.length; i++) {
            if (i == bytes.length || bytes[i] == '\n') {
                int end = i > start && bytes[i - 1] == '\r' ? i - 1 : i;
                out.add(decode(bytes, start, end - start));
                start = i + 1;
            }
        }
        return out;
    }

    private static String decode(byte[] b, int off, int len) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b, off, len)).toString();
        } catch (CharacterCodingException e) {
            return new String(b, off, len, StandardCharsets.ISO_8859_1);
        }
    }

}
