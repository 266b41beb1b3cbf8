package veille.extract.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import veille.internal.Regexes;
import veille.kb.MatchKey;
import veille.kb.TsvFile;

/**
 * The vocabulary of {@code veille/kb/html-meta-cues.tsv}: which {@code <meta>} keys, microdata tokens, classes and
 * phrases carry which metadata, and which page zones never carry the article's own.
 *
 * <p>Immutable and thread-safe once loaded.
 */
final class HtmlMetaCues {
    static final String RESOURCE = "/veille/kb/html-meta-cues.tsv";
    private static final Set<String> KINDS = Set.of("article-type", "skip-tag", "skip-class", "article-class",
            "byline-class", "date-class", "headline-class", "site-class", "byline-label", "published-cue",
            "updated-cue", "credit-label", "desk-word", "role-word", "title-separator");
    private static final Set<String> META_FIELDS = Set.of("title", "published", "modified", "author", "site-name",
            "description", "section", "keywords", "url", "lang");
    private static final Set<String> PROP_FIELDS = Set.of("headline", "published", "modified", "author");
    private static final Pattern DASHES = Pattern.compile("-{2,}");
    private static volatile HtmlMetaCues builtIn;

    /** Lower-cased meta key → field, and the key's rank within its field (0 is best). */
    private final Map<String, String> metaField;
    private final Map<String, Integer> metaRank;
    /** Lower-cased microdata/RDFa token → field. */
    private final Map<String, String> propField;
    private final Set<String> articleTypes;
    private final Set<String> skipTags;
    private final Map<String, ClassCue> classCues;
    final Pattern bylineLabel;
    /** A byline label anywhere ("Auteur de l'article Par Jean Dupont": the label of the names is the second). */
    final Pattern bylineLabelAnywhere;
    final Pattern publishedCue;
    final Pattern updatedCue;
    final Pattern creditLabel;
    private final Set<String> deskWords;
    private final Set<String> roleWords;
    final List<String> titleSeparators;
    final String sha256;

    /** Class/id words of one kind: whole words tested with "starts with", hyphenated cues as substrings. */
    private record ClassCue(List<String> prefixes, List<String> substrings) {
        boolean matches(String attr) {
            if (attr.isEmpty()) {
                return false;
            }
            // BEM and CSS-module names ("article__title", "Article_byline__u1I2o") meet the cues' single hyphens
            String s = DASHES.matcher(attr.toLowerCase(Locale.ROOT).replace('_', '-')).replaceAll("-");
            for (String sub : substrings) {
                if (s.contains(sub)) {
                    return true;
                }
            }
            for (String word : s.split("[\\s-]+")) {
                for (String p : prefixes) {
                    if (word.startsWith(p)) {
                        return true;
                    }
                }
            }
            return false;
        }
    }

    private HtmlMetaCues(TsvFile table) {
        Map<String, List<String>> byKind = new LinkedHashMap<>();
        for (Map<String, String> r : table.rows()) {
            String kind = r.get("kind");
            String value = r.get("value");
            boolean known = KINDS.contains(kind)
                    || kind.startsWith("meta:") && META_FIELDS.contains(kind.substring(5))
                    || kind.startsWith("prop:") && PROP_FIELDS.contains(kind.substring(5));
            if (!known || value == null || value.isEmpty()) {
                throw new IllegalArgumentException(table.name() + ": unknown cue kind '" + kind + "' or empty value; "
                        + "known: meta:FIELD, prop:FIELD, " + new java.util.TreeSet<>(KINDS));
            }
            byKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(value);
        }
        Map<String, String> field = new HashMap<>();
        Map<String, Integer> rank = new HashMap<>();
        Map<String, String> prop = new HashMap<>();
        for (Map.Entry<String, List<String>> e : byKind.entrySet()) {
            if (e.getKey().startsWith("meta:")) {
                List<String> keys = e.getValue();
                for (int i = 0; i < keys.size(); i++) {
                    String k = keys.get(i).toLowerCase(Locale.ROOT);
                    field.putIfAbsent(k, e.getKey().substring(5));
                    rank.putIfAbsent(k, i);
                }
            } else if (e.getKey().startsWith("prop:")) {
                for (String k : e.getValue()) {
                    prop.putIfAbsent(k.toLowerCase(Locale.ROOT), e.getKey().substring(5));
                }
            }
        }
        this.metaField = Map.copyOf(field);
        this.metaRank = Map.copyOf(rank);
        this.propField = Map.copyOf(prop);
        this.articleTypes = lowerSet(byKind.get("article-type"));
        this.skipTags = lowerSet(byKind.get("skip-tag"));
        Map<String, ClassCue> classes = new HashMap<>();
        for (String kind : List.of("skip-class", "article-class", "byline-class", "date-class", "headline-class",
                "site-class")) {
            List<String> prefixes = new ArrayList<>();
            List<String> substrings = new ArrayList<>();
            for (String v : byKind.getOrDefault(kind, List.of())) {
                String c = DASHES.matcher(v.toLowerCase(Locale.ROOT).replace('_', '-')).replaceAll("-");
                (c.contains("-") ? substrings : prefixes).add(c);
            }
            classes.put(kind, new ClassCue(List.copyOf(prefixes), List.copyOf(substrings)));
        }
        this.classCues = Map.copyOf(classes);
        this.bylineLabel = Pattern.compile("(?iu)^\\(?\\s*(?:" + Regexes.alternation(byKind.get("byline-label"))
                + ")(?![\\p{L}\\d])\\s*:?\\s*");
        this.bylineLabelAnywhere = Pattern.compile("(?iu)(?<![\\p{L}\\d])(?:"
                + Regexes.alternation(byKind.get("byline-label")) + ")(?![\\p{L}\\d])\\s*:?\\s*");
        this.publishedCue = phrase(byKind.get("published-cue"));
        this.updatedCue = phrase(byKind.get("updated-cue"));
        this.creditLabel = Pattern.compile("(?iu)^\\(?\\s*(?:" + Regexes.alternation(byKind.get("credit-label"))
                + ")(?![\\p{L}\\d])\\s*:?\\s*");
        this.deskWords = keySet(byKind.get("desk-word"));
        this.roleWords = keySet(byKind.get("role-word"));
        this.titleSeparators = List.copyOf(byKind.get("title-separator"));
        this.sha256 = table.sha256();
    }

    static HtmlMetaCues builtIn() {
        HtmlMetaCues c = builtIn;
        if (c == null) {
            synchronized (HtmlMetaCues.class) {
                c = builtIn;
                if (c == null) {
                    c = builtIn = new HtmlMetaCues(TsvFile.resource(RESOURCE));
                }
            }
        }
        return c;
    }

    /** The field a {@code <meta>} key holds, or null. */
    String metaField(String key) {
        return metaField.get(key.toLowerCase(Locale.ROOT));
    }

    /** The rank of a meta key within its field: lower is preferred. */
    int metaRank(String key) {
        return metaRank.getOrDefault(key.toLowerCase(Locale.ROOT), Integer.MAX_VALUE);
    }

    /** The field a microdata/RDFa token holds, or null. */
    String propField(String token) {
        return propField.get(token.toLowerCase(Locale.ROOT));
    }

    /** Whether a JSON-LD or microdata type ("NewsArticle", "https://schema.org/BlogPosting") is an article. */
    boolean isArticleType(String type) {
        String t = type.strip();
        int slash = t.lastIndexOf('/');
        return articleTypes.contains((slash >= 0 ? t.substring(slash + 1) : t).toLowerCase(Locale.ROOT));
    }

    boolean isSkipTag(String normalName) {
        return skipTags.contains(normalName);
    }

    /** Whether the element's class or id carries a cue of {@code kind} ({@code skip-class}, {@code byline-class}...). */
    boolean hasClass(Element e, String kind) {
        ClassCue cue = classCues.get(kind);
        return cue.matches(e.className()) || cue.matches(e.id());
    }

    /** Whether a word (any case, accents) makes a byline a desk rather than a person. */
    boolean isDeskWord(String word) {
        return deskWords.contains(MatchKey.of(word));
    }

    /** Whether a word opens a role description ("envoyé spécial à Kiev"). */
    boolean isRoleWord(String word) {
        return roleWords.contains(MatchKey.of(word));
    }

    private static Pattern phrase(List<String> words) {
        return Pattern.compile("(?iu)(?<![\\p{L}\\d])(?:" + Regexes.alternation(words) + ")(?![\\p{L}\\d])");
    }

    private static Set<String> lowerSet(List<String> values) {
        Set<String> out = new HashSet<>();
        for (String v : values == null ? List.<String>of() : values) {
            out.add(v.toLowerCase(Locale.ROOT));
        }
        return Set.copyOf(out);
    }

    private static Set<String> keySet(List<String> values) {
        Set<String> out = new HashSet<>();
        for (String v : values == null ? List.<String>of() : values) {
            out.add(MatchKey.of(v));
        }
        return Set.copyOf(out);
    }
}
