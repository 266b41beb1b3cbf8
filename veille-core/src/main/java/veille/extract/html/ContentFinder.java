package veille.extract.html;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the article's container in a page, readability-style: every paragraph-like block scores its ancestors
 * (commas and length, the nearer the more), each candidate starts from what its tag and class/id words say
 * ({@code html-cues.tsv}: {@code <article>}, {@code itemprop=articleBody}, "entry-content" up; "comments",
 * "sidebar", "share" down) and is discounted by its link density; the best candidate then takes in its siblings
 * that read like more of the same article.
 *
 * <p>Stateless; thread-safe.
 */
final class ContentFinder {
    /** How many ancestors a paragraph's score reaches. */
    private static final int ANCESTOR_LEVELS = 5;
    /** A sibling joins when it scores at least this share of the best candidate. */
    private static final double SIBLING_SHARE = 0.2;

    /** The chosen containers, in document order: the best candidate and the siblings that join it. */
    record Content(List<Integer> roots, int best, double[] scores) {
        boolean contains(HtmlPage page, int element) {
            for (int r : roots) {
                if (page.within(element, r)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Below this many characters of paragraphs, a container found without furniture is retried with it. */
    private static final int MIN_ARTICLE_CHARS = 500;

    Content find(HtmlPage page) {
        boolean[] unlikely = unlikely(page);
        Content c = find(page, unlikely);
        if (c.best() < 0 || page.paragraphChars[c.best()] < MIN_ARTICLE_CHARS) {
            // A short article, or one whose own container is named like furniture: score every paragraph.
            Content all = find(page, new boolean[page.elements.size()]);
            if (all.best() >= 0 && (c.best() < 0 || page.paragraphChars[all.best()] > page.paragraphChars[c.best()])) {
                return all;
            }
        }
        return c;
    }

    /**
     * Elements whose paragraphs never score, readability's "unlikely candidates": furniture by tag ({@code nav},
     * {@code aside}, {@code footer}) or by class/id words ("comments", "sidebar", "related") without an article word
     * beside them ("main-menu" stays), and everything under them.
     */
    private static boolean[] unlikely(HtmlPage page) {
        int n = page.elements.size();
        boolean[] out = new boolean[n];
        // a page never hides most of its text: a class such as "rt-hidden" on the wrapper is revealed by a script
        int mostText = page.paragraphChars[0] / 2;
        for (int i = 1; i < n; i++) {
            HtmlCues.AttrCues a = page.attr[i];
            boolean hidden = a.has(HtmlCues.Role.HIDDEN) && page.paragraphChars[i] <= mostText;
            // nor is most of its text furniture: a wrapper named "above-footer" or "has-sidebar" holds the story
            // (a closing word, "comments" or "related", still marks furniture, however long the comments run)
            boolean furniture = a.furniture() && (page.paragraphChars[i] <= mostText || a.has(HtmlCues.Role.END));
            boolean own = page.tagRole[i] == HtmlCues.Role.BOILERPLATE
                    || ((furniture || hidden) && !a.has(HtmlCues.Role.CONTENT));
            out[i] = own || out[page.parent[i]];
        }
        return out;
    }

    private Content find(HtmlPage page, boolean[] unlikely) {
        int n = page.elements.size();
        double[] score = new double[n];
        boolean[] candidate = new boolean[n];
        for (HtmlPage.TextBlock b : page.blocks) {
            if (!HtmlPage.isParagraph(b) || unlikely[b.owner]) {
                continue;
            }
            double s = 1 + commas(b.text) + Math.min(3, b.text.length() / 100);
            // Text loose in a container (beside child blocks, or cut by <br>) is a paragraph of that container.
            int level = 0;
            int a = b.pseudoParagraph ? b.owner : page.parent[b.owner];
            while (a >= 0 && level < ANCESTOR_LEVELS) {
                if (!candidate[a]) {
                    candidate[a] = true;
                    score[a] += initialScore(page, a);
                }
                score[a] += level == 0 ? s : level == 1 ? s / 2 : s / (level * 3);
                a = page.parent[a];
                level++;
            }
        }
        int best = -1;
        double bestScore = 0;
        for (int i = 0; i < n; i++) {
            if (candidate[i]) {
                score[i] *= 1 - page.linkDensity(i);
                if (best < 0 || score[i] > bestScore) {
                    best = i;
                    bestScore = score[i];
                }
            }
        }
        if (best < 0) {
            return new Content(List.of(), -1, score);
        }
        best = climb(page, best, score, candidate);
        return new Content(withSiblings(page, best, score, candidate), best, score);
    }

    /**
     * Moves up from the best candidate when the article is spread over several comparable containers (their nearest
     * common ancestor holding three of them), or when the parent scores higher, or when the best is an only child.
     */
    private static int climb(HtmlPage page, int best, double[] score, boolean[] candidate) {
        List<Integer> close = new ArrayList<>();
        for (int i = 0; i < score.length; i++) {
            if (candidate[i] && i != best && score[i] >= 0.75 * score[best]) {
                close.add(i);
            }
        }
        if (close.size() >= 2) {
            for (int a = page.parent[best]; a > 0; a = page.parent[a]) {
                int holds = 0;
                for (int c : close) {
                    if (page.within(c, a)) {
                        holds++;
                    }
                }
                if (holds >= Math.min(close.size(), 3)) {
                    best = a;
                    break;
                }
            }
        }
        double last = score[best];
        double floor = last / 3;
        for (int a = page.parent[best]; a > 0; a = page.parent[a]) {
            if (!candidate[a] || score[a] < floor) {
                break;
            }
            if (score[a] > last) {
                best = a;
                break;
            }
            last = score[a];
        }
        while (page.parent[best] > 0 && onlyChild(page, best)) {
            best = page.parent[best];
        }
        return best;
    }

    private static boolean onlyChild(HtmlPage page, int i) {
        int p = page.parent[i];
        return page.size[p] == page.size[i] + 1;
    }

    /** The best candidate and, in document order, the siblings that read like more of the article. */
    private static List<Integer> withSiblings(HtmlPage page, int best, double[] score, boolean[] candidate) {
        int p = page.parent[best];
        List<Integer> roots = new ArrayList<>();
        if (p < 0) {
            roots.add(best);
            return roots;
        }
        double threshold = Math.max(10, score[best] * SIBLING_SHARE);
        String bestClass = page.elements.get(best).className();
        for (int c = p + 1; c < p + page.size[p]; c += page.size[c]) {
            if (c == best) {
                roots.add(c);
                continue;
            }
            double bonus = !bestClass.isEmpty() && bestClass.equals(page.elements.get(c).className())
                    ? score[best] * 0.2 : 0;
            if (candidate[c] && score[c] + bonus >= threshold) {
                roots.add(c);
            } else if (isLooseParagraph(page, c)) {
                roots.add(c);
            }
        }
        return roots;
    }

    /**
     * A sibling that is itself a paragraph (a {@code p}, or a {@code div} holding only inline content, as
     * readability turns such divs into paragraphs): long with few links, or a short linkless sentence.
     */
    private static boolean isLooseParagraph(HtmlPage page, int c) {
        boolean paragraphLike = page.elements.get(c).normalName().equals("p")
                || (page.tagRole[c] == HtmlCues.Role.BLOCK && !page.hasBlockChild[c]);
        if (!paragraphLike) {
            return false;
        }
        int len = page.chars[c];
        double ld = page.linkDensity(c);
        if (len > 80) {
            return ld < 0.25;
        }
        if (len == 0 || ld > 0) {
            return false;
        }
        String t = page.elements.get(c).text();
        return t.endsWith(".") || t.contains(". ");
    }

    /**
     * What a candidate's tag and class/id words give it, in full only once it holds {@value #FULL_WEIGHT_CHARS}
     * characters of paragraphs: a header block named "content-title" must not beat the story by its name alone.
     */
    private static double initialScore(HtmlPage page, int i) {
        double w = page.cues.tagWeight(page.elements.get(i).normalName()) + page.attr[i].weight();
        return w > 0 ? w * Math.min(1, page.paragraphChars[i] / (double) FULL_WEIGHT_CHARS) : w;
    }

    /** Paragraph characters from which a candidate's positive tag and class weight counts in full. */
    private static final int FULL_WEIGHT_CHARS = 500;

    private static int commas(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ',' || c == '\uFF0C' || c == '\u060C' || c == '\u3001') {
                n++;
            }
        }
        return n;
    }
}
