package veille.extract.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import veille.doc.BlockKind;

/**
 * Decides what each line of copied page text is.
 *
 * <ol>
 *   <li>Cues: a line that is a button, a menu path, a caption, a credit, a byline or a stamp by its
 *       vocabulary and shape ({@code page-cues.tsv}) is that.</li>
 *   <li>Prose: the remaining lines are long prose, short prose or short labels, by length and share of
 *       function words, in the manner of jusText.</li>
 *   <li>The article is the run of prose with the most text, where runs are broken by three or more
 *       non-prose lines in a row or by an "end" cue (recommendations, comments); nearby runs of comparable
 *       weight join it.</li>
 *   <li>The title is the nearest headline-like line before the article; short lines inside the article are
 *       subheadings, unless they only repeat the title's words (an image's alt text).</li>
 *   <li>A paragraph repeated verbatim is kept once.</li>
 * </ol>
 * Stateless and thread-safe.
 */
final class PageTextClassifier {
    /** A line's kind and why. */
    record Decision(PageLine line, BlockKind kind, String reason) {
    }

    /**
     * How much non-prose separates two runs of prose. An unmarked line counts 1; a button or menu line 0.5, since
     * article headers carry several ("Partager", "Lecture 3 min."); a caption, credit, byline, stamp or "read also"
     * line 0, since they sit inside articles.
     */
    private static final double RUN_GAP = 3;
    /** A neighbouring run joins the article when it weighs at least this share of the main run. */
    private static final double JOIN_SHARE = 0.25;
    /**
     * A run that an end marker ("Related articles", "Comments") separates from prose before it is what the page
     * shows after its story (recommendations, comments): its score counts this share.
     */
    private static final double AFTER_END = 0.5;
    /** How many non-blank lines before the article the title may stand. */
    private static final int TITLE_LOOKBACK = 12;


    private final LineCues cues;
    private final Predicate<String> isOutletName;

    /**
     * @param cues the cue vocabulary
     * @param isOutletName whether a whole line is an outlet's name (a logo line), never a title
     */
    PageTextClassifier(LineCues cues, Predicate<String> isOutletName) {
        this.cues = cues;
        this.isOutletName = isOutletName;
    }

    List<Decision> classify(List<PageLine> lines) {
        int n = lines.size();
        LineCues.Cue[] cue = new LineCues.Cue[n];
        boolean[] content = new boolean[n];
        double[] weight = new double[n];
        for (int i = 0; i < n; i++) {
            PageLine l = lines.get(i);
            cue[i] = cues.match(l.folded(), l.words());
            if (cue[i] != null && !cueHolds(cue[i], l)) {
                cue[i] = null;
            }
            if (cue[i] == null) {
                if (l.isProse()) {
                    content[i] = true;
                    weight[i] = l.text().length();
                } else if (l.isShortProse()) {
                    content[i] = true;
                    weight[i] = 0.5 * l.text().length();
                }
            }
        }
        boolean[] inArticle = articleLines(lines, cue, content, weight);

        BlockKind[] kind = new BlockKind[n];
        String[] reason = new String[n];
        TitleChoice choice = findTitle(lines, cue, content, inArticle);
        int titleAt = choice.title();
        int echoOfTitle = -1;
        if (titleAt >= 0) {
            // A headline shown twice (page header, then above the photo): the first is the title, the second the
            // image's alt text or caption.
            for (int i = 0; i < titleAt; i++) {
                if (cue[i] == null && lines.get(i).key().equals(lines.get(titleAt).key())) {
                    echoOfTitle = titleAt;
                    titleAt = i;
                    break;
                }
            }
        }
        Set<String> titleWords = titleAt >= 0 ? words(lines.get(titleAt).key()) : Set.of();
        for (int i = 0; i < n; i++) {
            PageLine l = lines.get(i);
            if (i == titleAt) {
                kind[i] = BlockKind.TITLE;
                reason[i] = "headline before the article";
            } else if (i == echoOfTitle) {
                kind[i] = BlockKind.CAPTION;
                reason[i] = "repeats the title (image alt text)";
            } else if (cue[i] != null) {
                kind[i] = kindOf(cue[i].kind());
                reason[i] = cue[i].why();
            } else if (Datelines.LINE.matcher(l.folded()).matches() && l.words() <= 8) {
                kind[i] = BlockKind.DATELINE;
                reason[i] = "dateline alone on its line";
            } else if (i > 0 && cue[i - 1] != null && cue[i - 1].kind() == CueKind.LINK
                    && lines.get(i - 1).words() <= 3 && !l.endsSentence() && l.words() <= 25) {
                kind[i] = BlockKind.BOILERPLATE;
                reason[i] = "headline of the article a \"read also\" line links to";
            } else if (i == choice.captionAbove()) {
                kind[i] = BlockKind.CAPTION;
                reason[i] = "descriptive sentence above the headline (photo caption)";
            } else if (isOutletName.test(l.text())) {
                kind[i] = BlockKind.BOILERPLATE;
                reason[i] = "the outlet's name (logo)";
            } else if (inArticle[i]) {
                if (content[i]) {
                    kind[i] = BlockKind.BODY;
                    reason[i] = l.isProse() ? "prose" : "short prose";
                } else if (!titleWords.isEmpty() && l.words() <= 12 && titleWords.containsAll(words(l.key()))) {
                    kind[i] = BlockKind.CAPTION;
                    reason[i] = "repeats the title's words (image alt text)";
                } else if (l.isSubheadingLike() && leadsIntoProse(i, content, cue)) {
                    kind[i] = BlockKind.BODY;
                    reason[i] = "subheading inside the article";
                } else {
                    kind[i] = BlockKind.BOILERPLATE;
                    reason[i] = "label inside the article";
                }
            } else {
                kind[i] = BlockKind.BOILERPLATE;
                reason[i] = content[i] ? "prose outside the article's main text" : "outside the article";
            }
        }
        markDuplicates(lines, kind, reason);
        List<Decision> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(new Decision(lines.get(i), kind[i], reason[i]));
        }
        return out;
    }

    /**
     * Whether prose follows the line, past cued furniture only (captions, stamps): a subheading opens a section, while
     * a short line before another short line or at the run's edge is a box title, a teaser or a form label.
     */
    private static boolean leadsIntoProse(int i, boolean[] content, LineCues.Cue[] cue) {
        for (int k = i + 1; k < content.length; k++) {
            if (content[k]) {
                return true;
            }
            if (cue[k] == null || cue[k].kind() == CueKind.END) {
                return false;
            }
        }
        return false;
    }

    /** Cues for credits, bylines and stamps are shapes of short lines; a full sentence is not one. */
    static boolean cueHolds(LineCues.Cue cue, PageLine l) {
        return switch (cue.kind()) {
            case STAMP -> l.folded().chars().anyMatch(Character::isDigit);
            case BYLINE -> !l.endsSentence() || l.words() <= 8;
            case CREDIT -> !(l.endsSentence() && l.words() > 5 && l.proseShare() > 0.2);
            default -> true;
        };
    }

    static BlockKind kindOf(CueKind k) {
        return switch (k) {
            case STAMP -> BlockKind.STAMP;
            case CREDIT -> BlockKind.CREDIT;
            case BYLINE -> BlockKind.BYLINE;
            case CAPTION -> BlockKind.CAPTION;
            case END, LINK, BOILERPLATE -> BlockKind.BOILERPLATE;
        };
    }

    /** Marks the lines of the article's runs of prose and what lies between them. */
    private static boolean[] articleLines(List<PageLine> lines, LineCues.Cue[] cue, boolean[] content,
                                          double[] weight) {
        int n = content.length;
        // Runs of prose: [start, end] inclusive over content lines, and whether an end cue precedes each run.
        List<int[]> runs = new ArrayList<>();
        List<Boolean> endBefore = new ArrayList<>();
        int runStart = -1;
        int lastContent = -1;
        double gap = 0;
        boolean sawEnd = false;
        for (int i = 0; i < n; i++) {
            if (content[i]) {
                if (runStart >= 0 && (gap >= RUN_GAP || sawEnd)) {
                    runs.add(new int[] {runStart, lastContent});
                    runStart = -1;
                }
                if (runStart < 0) {
                    runStart = i;
                    endBefore.add(sawEnd);
                }
                lastContent = i;
                gap = 0;
                sawEnd = false;
            } else if (runStart >= 0 || lastContent >= 0) {
                gap += gapWeight(cue[i]);
                sawEnd |= cue[i] != null && cue[i].kind() == CueKind.END;
            }
        }
        if (runStart >= 0) {
            runs.add(new int[] {runStart, lastContent});
        }
        boolean[] in = new boolean[n];
        if (runs.isEmpty()) {
            return in;
        }
        // A run's score: its prose, times its purity (teaser walls interleave captions with unmarked headlines),
        // doubled when article furniture (a stamp, byline, credit) or a dateline opens it.
        double[] runWeight = new double[runs.size()];
        double[] runScore = new double[runs.size()];
        int best = 0;
        for (int r = 0; r < runs.size(); r++) {
            int from = runs.get(r)[0];
            int to = runs.get(r)[1];
            int proseLines = 0;
            int bareLines = 0;
            for (int i = from; i <= to; i++) {
                runWeight[r] += weight[i];
                if (content[i]) {
                    proseLines++;
                } else if (cue[i] == null) {
                    bareLines++;
                }
            }
            double purity = proseLines / (double) (proseLines + bareLines);
            runScore[r] = runWeight[r] * purity * (openedByFurniture(lines, cue, from) ? 2 : 1)
                    * (afterEnd(cue, content, from) ? AFTER_END : 1);
            if (runScore[r] > runScore[best]) {
                best = r;
            }
        }
        int lo = best;
        while (lo > 0 && !endBefore.get(lo) && runWeight[lo - 1] >= JOIN_SHARE * runWeight[best]) {
            lo--;
        }
        int hi = best;
        while (hi + 1 < runs.size() && !endBefore.get(hi + 1) && runWeight[hi + 1] >= JOIN_SHARE * runWeight[best]) {
            hi++;
        }
        for (int i = runs.get(lo)[0]; i <= runs.get(hi)[1]; i++) {
            in[i] = true;
        }
        return in;
    }

    /**
     * Whether the page's first stamp, byline or credit stands just before a run, or the run's first line opens with a
     * dateline. Only the first: a comment thread repeats a timestamp and a name before every comment.
     */
    private static boolean openedByFurniture(List<PageLine> lines, LineCues.Cue[] cue, int from) {
        if (Datelines.PREFIX.matcher(lines.get(from).text()).lookingAt()) {
            return true;
        }
        int first = -1;
        for (int i = 0; i < cue.length && first < 0; i++) {
            if (isFurniture(cue[i])) {
                first = i;
            }
        }
        // Just above the run, or right under its first line (a headline long enough to read as prose, then the stamp).
        return first >= 0 && first - from <= 2 && from - first <= 6;
    }

    /** Whether an end marker stands before the line with long prose before that marker. */
    private static boolean afterEnd(LineCues.Cue[] cue, boolean[] content, int from) {
        int i = from - 1;
        while (i >= 0 && !(cue[i] != null && cue[i].kind() == CueKind.END)) {
            i--;
        }
        for (int k = i - 1; k >= 0; k--) {
            if (content[k]) {
                return true;
            }
        }
        return false;
    }

    private static boolean isFurniture(LineCues.Cue cue) {
        return cue != null && (cue.kind() == CueKind.STAMP || cue.kind() == CueKind.BYLINE || cue.kind() == CueKind.CREDIT);
    }

    private static double gapWeight(LineCues.Cue cue) {
        if (cue == null) {
            return 1;
        }
        return switch (cue.kind()) {
            case BOILERPLATE -> 0.5;
            case END -> RUN_GAP;
            default -> 0;
        };
    }

    /** The title line and, when the page puts a photo caption above it, that caption's line; -1 when absent. */
    private record TitleChoice(int title, int captionAbove) {
    }

    /**
     * Finds the title relative to the article's first real paragraph: the nearest uncued headline-like line before
     * it; or, when that "paragraph" is a lone sentence directly above a headline that more prose follows, the
     * headline, the sentence being its photo's caption. A line naming an outlet is a logo, never a title.
     */
    private TitleChoice findTitle(List<PageLine> lines, LineCues.Cue[] cue, boolean[] content, boolean[] inArticle) {
        int n = lines.size();
        // The first real paragraph: prose ending in a full stop (a long headline reads as prose too, but has none).
        int fp = -1;
        for (int i = 0; i < n && fp < 0; i++) {
            if (inArticle[i] && content[i] && lines.get(i).isProse() && lines.get(i).endsWithFullStop()) {
                fp = i;
            }
        }
        for (int i = 0; i < n && fp < 0; i++) {
            if (inArticle[i] && content[i]) {
                fp = i;
            }
        }
        if (fp < 0) {
            return new TitleChoice(-1, -1);
        }
        int seen = 0;
        for (int i = fp - 1; i >= 0 && seen < TITLE_LOOKBACK; i--, seen++) {
            if (cue[i] != null) {
                continue;
            }
            PageLine l = lines.get(i);
            if (isTitleCandidate(l)) {
                return new TitleChoice(i, -1);
            }
            if (content[i]) {
                break; // prose of another story or a teaser: no title above it
            }
        }
        // No headline above: is the "paragraph" a lone photo caption directly above the headline?
        int next = fp + 1;
        while (next < n && next - fp <= 3 && cue[next] != null) {
            next++;
        }
        if (next < n && next - fp <= 3 && isTitleCandidate(lines.get(next)) && lines.get(fp).endsSentence()
                && lines.get(fp).words() <= 60) {
            for (int k = next + 1; k < n; k++) {
                if (cue[k] == null && content[k] && lines.get(k).isProse()) {
                    return new TitleChoice(next, fp);
                }
            }
        }
        return new TitleChoice(-1, -1);
    }

    private boolean isTitleCandidate(PageLine l) {
        return l.isHeadlineLike() && !isOutletName.test(l.text());
    }

    private static void markDuplicates(List<PageLine> lines, BlockKind[] kind, String[] reason) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < kind.length; i++) {
            if (!kind[i].inText()) {
                continue;
            }
            String key = lines.get(i).key();
            if (key.length() < 20) {
                continue; // short subheadings may legitimately repeat
            }
            if (!seen.add(key)) {
                kind[i] = BlockKind.DUPLICATE;
                reason[i] = "verbatim repeat of an earlier paragraph";
            }
        }
    }

    private static Set<String> words(String key) {
        return key.isEmpty() ? Set.of() : new HashSet<>(Arrays.asList(key.split(" ")));
    }
}
