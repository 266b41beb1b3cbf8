package veille.extract.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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

    /** Consecutive non-prose lines that separate two runs of prose. */
    private static final int RUN_GAP = 3;
    /** A neighbouring run joins the article when it weighs at least this share of the main run. */
    private static final double JOIN_SHARE = 0.25;
    /** How many non-blank lines before the article the title may stand. */
    private static final int TITLE_LOOKBACK = 12;

    private static final Pattern DATELINE_ONLY = Pattern.compile(
            "\\p{Lu}[\\p{Lu}\\p{L}'. -]{1,40}(,\\s*\\d{1,2}(er)?\\s+\\p{L}+\\.?(\\s+\\d{4})?)?\\s*(\\([^)]{2,30}\\))?\\s*[-–—]{1,2}");

    private final LineCues cues;

    PageTextClassifier(LineCues cues) {
        this.cues = cues;
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
        boolean[] inArticle = articleLines(cue, content, weight);

        BlockKind[] kind = new BlockKind[n];
        String[] reason = new String[n];
        int first = -1;
        for (int i = 0; i < n; i++) {
            if (inArticle[i]) {
                first = i;
                break;
            }
        }
        int titleAt = findTitle(lines, cue, content, inArticle, first);
        Set<String> titleWords = titleAt >= 0 ? words(lines.get(titleAt).key()) : Set.of();
        for (int i = 0; i < n; i++) {
            PageLine l = lines.get(i);
            if (i == titleAt) {
                kind[i] = BlockKind.TITLE;
                reason[i] = "headline before the article";
            } else if (cue[i] != null) {
                kind[i] = kindOf(cue[i].kind());
                reason[i] = cue[i].why();
            } else if (DATELINE_ONLY.matcher(l.folded()).matches() && l.words() <= 8) {
                kind[i] = BlockKind.DATELINE;
                reason[i] = "dateline alone on its line";
            } else if (inArticle[i]) {
                if (content[i]) {
                    kind[i] = BlockKind.BODY;
                    reason[i] = l.isProse() ? "prose" : "short prose";
                } else if (!titleWords.isEmpty() && l.words() <= 12 && titleWords.containsAll(words(l.key()))) {
                    kind[i] = BlockKind.CAPTION;
                    reason[i] = "repeats the title's words (image alt text)";
                } else if (l.isSubheadingLike()) {
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

    /** Cues for credits, bylines and stamps are shapes of short lines; a full sentence is not one. */
    private static boolean cueHolds(LineCues.Cue cue, PageLine l) {
        return switch (cue.kind()) {
            case STAMP -> l.folded().chars().anyMatch(Character::isDigit);
            case BYLINE -> !l.endsSentence() || l.words() <= 8;
            case CREDIT -> !(l.endsSentence() && l.words() > 5 && l.proseShare() > 0.2);
            default -> true;
        };
    }

    private static BlockKind kindOf(CueKind k) {
        return switch (k) {
            case STAMP -> BlockKind.STAMP;
            case CREDIT -> BlockKind.CREDIT;
            case BYLINE -> BlockKind.BYLINE;
            case CAPTION -> BlockKind.CAPTION;
            case END, BOILERPLATE -> BlockKind.BOILERPLATE;
        };
    }

    /** Marks the lines of the article's runs of prose and what lies between them. */
    private static boolean[] articleLines(LineCues.Cue[] cue, boolean[] content, double[] weight) {
        int n = content.length;
        // Runs of prose: [start, end] inclusive over content lines, and whether an end cue precedes each run.
        List<int[]> runs = new ArrayList<>();
        List<Boolean> endBefore = new ArrayList<>();
        int runStart = -1;
        int lastContent = -1;
        int gap = 0;
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
                gap++;
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
        double[] runWeight = new double[runs.size()];
        int best = 0;
        for (int r = 0; r < runs.size(); r++) {
            for (int i = runs.get(r)[0]; i <= runs.get(r)[1]; i++) {
                runWeight[r] += weight[i];
            }
            if (runWeight[r] > runWeight[best]) {
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
     * The title: the nearest uncued headline-like line before the article, or the article's own first line when
     * it reads as a headline (no closing full stop) and nothing before it does. -1 when there is none.
     */
    private static int findTitle(List<PageLine> lines, LineCues.Cue[] cue, boolean[] content, boolean[] inArticle,
                                 int first) {
        if (first < 0) {
            return -1;
        }
        int seen = 0;
        for (int i = first - 1; i >= 0 && seen < TITLE_LOOKBACK; i--, seen++) {
            if (cue[i] != null) {
                continue;
            }
            PageLine l = lines.get(i);
            if (l.isHeadlineLike()) {
                return i;
            }
            if (content[i]) {
                break; // prose of another story or a teaser: no title above it
            }
        }
        PageLine lead = lines.get(first);
        if (lead.isHeadlineLike()) {
            for (int i = first + 1; i < lines.size(); i++) {
                if (inArticle[i] && content[i]) {
                    return first; // a headline followed by more prose
                }
            }
        }
        return -1;
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
