package veille.extract.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import veille.doc.ArticleMeta;
import veille.doc.BlockKind;
import veille.doc.Fact;
import veille.doc.TextNormalizer;
import veille.kb.MatchKey;
import veille.kb.Outlet;
import veille.kb.Outlets;
import veille.kb.Places;
import veille.kb.WordRoles;
import veille.time.DateReader;
import veille.time.PartialDate;

/**
 * Reads title, outlet, credits, authors, publication date and dateline off classified page lines.
 *
 * <p>Only lines outside the article body are read for outlet, credits, authors and date, so a date or an agency
 * named in the story ("selon l'AFP", "le 24 mai 2023") or in a photo caption never becomes metadata. A value the
 * lines do not settle stays absent. Thread-safe.
 */
final class MetadataReader {
    // compiled once: String.split and replaceAll compile their pattern at each call
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern TRAILING_CLOSE = Pattern.compile("[).\\s]+$");
    private static final Pattern TRAILING_PARENTHESIS = Pattern.compile("\\([^)]*\\)?$");
    private static final Pattern TRAILING_BRACKETS = Pattern.compile("[)\\]]+\\s*$");


    /** Byline, credit, source, editor and logo labels, joiners and date cues, from {@code veille/kb/metadata-labels.tsv}. */
    private static final MetadataLabels LABELS = MetadataLabels.builtIn();
    /** Name particles, desk words and sentence starters, from {@code veille/kb/metadata-words.tsv}. */
    private static final WordRoles WORDS = WordRoles.load("/veille/kb/metadata-words.tsv");

    private final Outlets outlets;
    private final Places places;

    MetadataReader(Outlets outlets, Places places) {
        this.outlets = outlets;
        this.places = places;
    }

    ArticleMeta read(List<PageTextClassifier.Decision> lines) {
        Fact<String> title = null;
        int firstText = -1;
        for (int i = 0; i < lines.size(); i++) {
            PageTextClassifier.Decision d = lines.get(i);
            if (d.kind() == BlockKind.TITLE && title == null) {
                title = whole(d.line());
            }
            if (d.kind().inText() && firstText < 0) {
                firstText = i;
            }
        }
        Fact<String> outlet = null;
        int outletRank = 0;
        List<Fact<String>> credits = new ArrayList<>();
        List<Fact<String>> authors = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            PageTextClassifier.Decision d = lines.get(i);
            PageLine l = d.line();
            if (d.kind() == BlockKind.CREDIT) {
                Matcher src = LABELS.sourceLabel.matcher(l.folded());
                String rest = src.lookingAt() ? l.folded().substring(src.end()) : null;
                if (rest != null) {
                    List<Outlet> named = outlets.findIn(rest);
                    if (!named.isEmpty() && !named.get(0).isAgency()) {
                        if (outletRank < 4) {
                            outlet = fact(named.get(0).name(), l);
                            outletRank = 4;
                        }
                        continue;
                    }
                }
                addCredits(credits, l);
                addEditors(authors, l);
            } else if (d.kind() == BlockKind.BYLINE) {
                addAuthors(authors, credits, l);
            } else if (d.kind() == BlockKind.BOILERPLATE) {
                Matcher logo = LABELS.logo.matcher(l.folded());
                if (logo.matches() && outletRank < 3) {
                    Optional<Outlet> o = outlets.findIn(logo.group(1)).stream().findFirst();
                    if (o.isPresent()) {
                        outlet = fact(o.get().name(), l);
                        outletRank = 3;
                    }
                } else if (Copyrights.NOTICE.matcher(l.folded()).find() && outletRank < 2) {
                    Optional<Outlet> o = outlets.findIn(l.folded()).stream().findFirst();
                    if (o.isPresent()) {
                        // "© 2025 AFP" under a dispatch names the agency, which is a credit, not the page's outlet.
                        if (!o.get().isAgency()) {
                            outlet = fact(o.get().name(), l);
                            outletRank = 2;
                        }
                    } else {
                        Matcher c = Copyrights.LINE_NAME.matcher(l.folded());
                        if (c.matches() && looksLikeOutletName(c.group(1)) && outletRank < 1) {
                            outlet = fact(l.text().substring(c.start(1), c.end(1)), l); // named but unknown: as written
                            outletRank = 1;
                        }
                    }
                } else if ((firstText < 0 || i < firstText) && outletRank < 1) {
                    Optional<Outlet> o = outlets.find(l.folded());
                    if (o.isPresent() && !o.get().isAgency()) {
                        outlet = fact(o.get().name(), l);
                        outletRank = 1;
                    }
                }
            }
        }
        Fact<String> dateline = null;
        Fact<String> datelineDate = null;
        for (PageTextClassifier.Decision d : lines) {
            if (d.kind() == BlockKind.DATELINE || d.kind() == BlockKind.BODY) {
                Matcher m = Datelines.PREFIX.matcher(d.line().text());
                if (m.lookingAt() && !isSentenceStart(m.group(Datelines.PLACE_GROUP))) {
                    PageLine l = d.line();
                    String place = places.find(m.group(Datelines.PLACE_GROUP)).map(veille.kb.Place::name)
                            .orElse(placeName(m.group(Datelines.PLACE_GROUP)));
                    dateline = new Fact<>(place, l.line(), l.inputStart() + m.start(Datelines.PLACE_GROUP),
                            l.inputStart() + m.end(Datelines.PLACE_GROUP));
                    if (m.group(Datelines.AGENCY_GROUP) != null) {
                        for (Outlet o : outlets.findIn(m.group(Datelines.AGENCY_GROUP))) {
                            addCredit(credits, new Fact<>(o.name(), l.line(), l.inputStart() + m.start(Datelines.AGENCY_GROUP),
                                    l.inputStart() + m.end(Datelines.AGENCY_GROUP)));
                        }
                    }
                    if (m.group(Datelines.DATE_GROUP) != null) {
                        datelineDate = DateReader.findAll(m.group(Datelines.DATE_GROUP)).stream().findFirst()
                                .map(f -> new Fact<>(f.date().iso(), l.line(), l.inputStart() + m.start(Datelines.DATE_GROUP),
                                        l.inputStart() + m.end(Datelines.DATE_GROUP)))
                                .orElse(null);
                    }
                } else {
                    datelineDate = datePrefix(d.line());
                }
                break; // only the article's first paragraph carries a dateline
            }
        }
        Publication publication = published(lines);
        Fact<String> published = publication.date();
        Fact<String> publishedAt = publication.at();
        if (published == null) {
            published = datelineDate; // "PÉKIN, 12 mars (Xinhua) --", "8 mars 2018 . –": the dispatch's own date
        }
        return new ArticleMeta(title, outlet, credits, authors, published, dateline, publishedAt);
    }

    /** The full date a paragraph opens with before a dash ("27 octobre 2017 . – Le parlement ..."), or null. */
    private static Fact<String> datePrefix(PageLine l) {
        Matcher m = Datelines.DATE_PREFIX.matcher(l.text());
        if (!m.lookingAt()) {
            return null;
        }
        return DateReader.findAll(m.group(1)).stream().findFirst().filter(f -> f.date().hasYear())
                .map(f -> new Fact<>(f.date().iso(), l.line(), l.inputStart() + m.start(1) + f.start(),
                        l.inputStart() + m.start(1) + f.end()))
                .orElse(null);
    }

    private void addCredits(List<Fact<String>> credits, PageLine l) {
        List<Outlet> named = outlets.findIn(l.folded());
        if (!named.isEmpty()) {
            for (Outlet o : named) {
                addCredit(credits, fact(o.name(), l));
            }
            return;
        }
        Matcher m = LABELS.creditLabel.matcher(l.folded());
        if (m.lookingAt()) {
            String rest = TRAILING_CLOSE.matcher(l.text().substring(m.end())).replaceAll("").strip();
            // An unknown but named source ("Avec Tanjug") is credited as written; "avec agences" names nobody.
            if (!rest.isEmpty() && Character.isUpperCase(rest.charAt(0)) && SPACES.split(rest).length <= 4) {
                addCredit(credits, fact(rest, l));
            }
        }
    }

    private static void addCredit(List<Fact<String>> credits, Fact<String> f) {
        for (Fact<String> c : credits) {
            if (c.value().equals(f.value())) {
                return;
            }
        }
        credits.add(f);
    }

    /** "Editor: Wu Tian" inside a credit line. */
    private void addEditors(List<Fact<String>> authors, PageLine l) {
        Matcher m = LABELS.editorSegment.matcher(l.folded());
        while (m.find()) {
            for (String part : LABELS.nameSplit.split(l.text().substring(m.start(1), m.end(1)).strip())) {
                addAuthor(authors, part.strip(), l);
            }
        }
    }

    private static boolean looksLikeOutletName(String s) {
        String t = s.strip();
        return !t.isEmpty() && SPACES.split(t).length <= 5 && Character.isUpperCase(t.charAt(0))
                && t.chars().anyMatch(Character::isLetter);
    }

    private void addAuthor(List<Fact<String>> authors, String name, PageLine l) {
        if (looksLikeName(name) && outlets.find(name).isEmpty()) {
            int at = l.text().indexOf(name);
            Fact<String> f = at >= 0
                    ? new Fact<>(name, l.line(), l.inputStart() + at, l.inputStart() + at + name.length())
                    : fact(name, l);
            if (authors.stream().noneMatch(a -> a.value().equals(f.value()))) {
                authors.add(f);
            }
        }
    }

    private void addAuthors(List<Fact<String>> authors, List<Fact<String>> credits, PageLine l) {
        String s = l.text();
        Matcher m = LABELS.bylineLabel.matcher(TextNormalizer.fold(s));
        if (m.lookingAt()) {
            s = s.substring(m.end());
        }
        s = TRAILING_BRACKETS.matcher(TRAILING_PARENTHESIS.matcher(s).replaceAll("")).replaceAll("").strip();
        for (String part : LABELS.nameSplit.split(s)) {
            String name = part.strip();
            int cut = name.indexOf(" - ");
            if (cut > 0) {
                name = name.substring(0, cut).strip(); // "Jean Dupont - AFP"
            }
            Matcher with = LABELS.withAgency.matcher(name);
            if (with.matches()) {
                for (Outlet o : outlets.findIn(with.group(1))) {
                    addCredit(credits, fact(o.name(), l)); // "Par Marc Lefèvre avec AFP"
                }
                continue;
            }
            Optional<Outlet> agency = outlets.find(name);
            if (agency.isPresent()) {
                addCredit(credits, fact(agency.get().name(), l));
                continue;
            }
            addAuthor(authors, name, l);
        }
    }

    private static boolean looksLikeName(String s) {
        if (s.isEmpty() || !Character.isUpperCase(s.charAt(0))) {
            return false;
        }
        String[] words = SPACES.split(s);
        if (WORDS.has(MatchKey.of(words[0]).split(" ")[0], "desk")) {
            return false; // "La Rédaction", "Notre correspondant": a desk, not a person
        }
        if (words.length > 5) {
            return false;
        }
        for (String w : words) {
            if (!w.isEmpty() && Character.isLetter(w.charAt(0)) && Character.isLowerCase(w.charAt(0))
                    && !WORDS.has(MatchKey.of(w), "particle")) {
                return false; // "envoyé spécial", "correspondant à Moscou"
            }
        }
        return true;
    }

    /**
     * The publication date: an explicit publication stamp or an agency credit's date first, then a bare date
     * line, then an update stamp; a full date before a day and month without a year.
     */
    /** The publication date and, when written beside it, its time; either may be null. */
    private record Publication(Fact<String> date, Fact<String> at) {
    }

    private static Publication published(List<PageTextClassifier.Decision> lines) {
        Fact<String> best = null;
        Fact<String> bestAt = null;
        int bestScore = -1;
        for (PageTextClassifier.Decision d : lines) {
            if (d.kind() != BlockKind.STAMP && d.kind() != BlockKind.CREDIT && d.kind() != BlockKind.BYLINE
                    && d.kind() != BlockKind.DATELINE) {
                continue;
            }
            PageLine l = d.line();
            List<DateReader.Found> found = DateReader.findAll(l.text());
            if (found.isEmpty()) {
                continue;
            }
            DateReader.Found f = found.get(0);
            int rank;
            if (LABELS.publishedCue.matcher(l.folded()).find() || d.kind() == BlockKind.CREDIT) {
                rank = 3;
            } else if (LABELS.updatedCue.matcher(l.folded()).find()) {
                rank = 1;
            } else {
                rank = 2;
            }
            PartialDate date = f.date();
            int score = (date.hasYear() ? 10 : 0) + rank;
            if (score > bestScore) {
                bestScore = score;
                best = new Fact<>(date.iso(), l.line(), l.inputStart() + f.start(), l.inputStart() + f.end());
                bestAt = date.hasYear() ? timeBeside(l, f) : null;
            }
        }
        return new Publication(best, bestAt);
    }

    /** A time written right after the date ("20.09.2023 08h36", "19 septembre 2023 à 14:35 GMT"). */
    private static final Pattern TIME_AFTER = Pattern.compile("(?iu)\\s*(?:,|-|à|a|at)?\\s*(\\d{1,2})\\s*[h:]\\s*(\\d{2})"
            + "(?:\\s*:\\s*(\\d{2}))?(?!\\d)(?:\\s*([ap])\\.?\\s?m\\b\\.?)?"
            + "(?:\\s*\\(?(GMT|UTC|TU)(?:\\s*([+-])\\s*(\\d{1,2})(?::?(\\d{2}))?)?\\)?)?");
    /** A time written right before it ("à 14h35 le 19 septembre 2023"). */
    private static final Pattern TIME_BEFORE = Pattern.compile("(?iu)(?<!\\d)(\\d{1,2})\\s*[h:]\\s*(\\d{2})"
            + "(?:\\s*([ap])\\.?\\s?m\\b\\.?)?\\s*(?:,|-|le|on)?\\s*$");

    /**
     * The date and time of a stamp whose date is {@code f}, as an ISO 8601 fact spanning both, when a time is written
     * beside the date: with the offset the stamp names ("GMT+8", "UTC"), else without one (the outlet's clock, which
     * the text does not settle). Null without a time.
     */
    private static Fact<String> timeBeside(PageLine l, DateReader.Found f) {
        String text = l.text();
        Matcher after = TIME_AFTER.matcher(text).region(f.end(), text.length());
        int start = f.start();
        int end;
        int hour;
        int minute;
        int second = 0;
        String offset = "";
        if (after.lookingAt()) {
            end = after.end();
            hour = Integer.parseInt(after.group(1));
            minute = Integer.parseInt(after.group(2));
            second = after.group(3) == null ? 0 : Integer.parseInt(after.group(3));
            hour = twentyFour(hour, after.group(4));
            if (after.group(5) != null) {
                if (after.group(6) == null) {
                    offset = "Z";
                } else {
                    int h = Integer.parseInt(after.group(7));
                    int m = after.group(8) == null ? 0 : Integer.parseInt(after.group(8));
                    if (h > 18 || m > 59) {
                        return null;
                    }
                    offset = h == 0 && m == 0 ? "Z" : String.format(Locale.ROOT, "%s%02d:%02d", after.group(6), h, m);
                }
            }
        } else {
            Matcher before = TIME_BEFORE.matcher(text).region(0, f.start());
            if (!before.find()) {
                return null;
            }
            start = before.start();
            end = f.end();
            hour = twentyFour(Integer.parseInt(before.group(1)), before.group(3));
            minute = Integer.parseInt(before.group(2));
        }
        if (hour > 23 || minute > 59 || second > 59) {
            return null;
        }
        String value = String.format(Locale.ROOT, "%sT%02d:%02d:%02d%s", f.date().iso(), hour, minute, second, offset);
        return new Fact<>(value, l.line(), l.inputStart() + start, l.inputStart() + end);
    }

    /** An hour on the 24-hour clock: "2:30 pm" is 14:30, "12:10 am" 00:10; an impossible one (13 pm) is 99. */
    private static int twentyFour(int hour, String amPm) {
        if (amPm == null) {
            return hour;
        }
        if (hour < 1 || hour > 12) {
            return 99;
        }
        boolean pm = amPm.equalsIgnoreCase("p");
        return hour == 12 ? (pm ? 12 : 0) : pm ? hour + 12 : hour;
    }

    /** "PÉKIN" → "Pékin"; names already in mixed case stay as written. */
    private static String placeName(String s) {
        if (!s.equals(s.toUpperCase(Locale.ROOT))) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        boolean start = true;
        for (char c : s.toLowerCase(Locale.ROOT).toCharArray()) {
            out.append(start ? Character.toUpperCase(c) : c);
            start = c == ' ' || c == '-' || c == '\'';
        }
        return out.toString();
    }

    /** Words that start sentences, not datelines ("Selon lui - ..." is not a place). */
    private static boolean isSentenceStart(String s) {
        return WORDS.has(MatchKey.of(s).split(" ")[0], "not-place");
    }

    private static Fact<String> whole(PageLine l) {
        return new Fact<>(l.text(), l.line(), l.inputStart(), l.inputEnd());
    }

    private static Fact<String> fact(String value, PageLine l) {
        return new Fact<>(value, l.line(), l.inputStart(), l.inputEnd());
    }
}
