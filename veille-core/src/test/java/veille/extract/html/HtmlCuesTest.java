package veille.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** How class, id, itemprop and role values are cut into words and read as cues. */
class HtmlCuesTest {
    private final HtmlCues cues = HtmlCues.builtIn();

    @Test
    void valuesAreCutAtPunctuationAndCamelCaseHumps() {
        assertThat(cues.words("articleBody")).containsExactly("article", "body");
        assertThat(cues.words("post__share-bar col-md-8")).containsExactly("post", "share", "bar", "col", "md", "8");
        assertThat(cues.words("ÉDITO Légende")).containsExactly("édito", "légende");
        assertThat(cues.words("  ")).isEmpty();
    }

    @Test
    void aPostsTaxonomyClassesAndResponsiveHidingAreNotFurniture() {
        HtmlCues.Memo memo = new HtmlCues.Memo();
        assertThat(cues.attrCues(element("post hentry category-news tag-share"), memo).furniture()).isFalse();
        assertThat(cues.attrCues(element("post tag-share"), memo).furniture()).isTrue();
        assertThat(cues.attrCues(element("table hidden-xs"), memo).has(HtmlCues.Role.HIDDEN)).isFalse();
        assertThat(cues.attrCues(element("field field--label-hidden"), memo).has(HtmlCues.Role.HIDDEN)).isFalse();
        assertThat(cues.attrCues(element("visually-hidden"), memo).has(HtmlCues.Role.HIDDEN)).isTrue();
        assertThat(cues.attrCues(element("entry-author-info"), memo).has(HtmlCues.Role.PROFILE)).isTrue();
    }

    private static Element element(String cls) {
        Element e = Jsoup.parseBodyFragment("<div>t</div>").selectFirst("div");
        e.attr("class", cls);
        return e;
    }

    @Property
    void wordsAreTheCharacterByCharacterReading(
            @ForAll @StringLength(max = 30) @Chars({'a', 'B', 'é', 'É', '1', '-', ' ', '_', 'ǅ', 'İ', 'ß'}) String value) {
        assertThat(cues.words(value)).isEqualTo(reference(value));
    }

    @Property
    void aValueReadsTheSameWithOrWithoutThePagesMemo(@ForAll("values") List<String> values) {
        HtmlCues.Memo memo = new HtmlCues.Memo();
        for (String cls : values) {
            Element e = Jsoup.parseBodyFragment("<div class='x'>t</div>").selectFirst("div");
            e.attr("class", cls);
            assertThat(cues.attrCues(e, memo)).as(cls).isEqualTo(cues.attrCues(e, new HtmlCues.Memo()));
        }
    }

    @Provide
    Arbitrary<List<String>> values() {
        Arbitrary<String> word = Arbitraries.of("share", "Share", "SHARES", "buttons", "related", "posts", "post",
                "read", "more", "entry", "content", "byline", "wp", "caption", "text", "comments", "social", "ÉDITO",
                "légende", "articleBody", "sharebar", "x", "1", "news");
        Arbitrary<String> value = word.list().ofMinSize(1).ofMaxSize(5).map(ws -> String.join(
                ws.size() % 2 == 0 ? "-" : " ", ws));
        return value.list().ofMaxSize(40);
    }

    @Test
    void theSameValueReadsTheSameWithOrWithoutThePagesMemo() {
        HtmlCues.Memo memo = new HtmlCues.Memo();
        for (String cls : List.of("share-buttons", "entry-content", "related-posts", "read more", "wp-caption-text",
                "post-byline", "comments", "x", "social share", "share-buttons")) {
            Element e = Jsoup.parseBodyFragment("<div class='" + cls + "'>t</div>").selectFirst("div");
            HtmlCues.AttrCues fresh = cues.attrCues(e, new HtmlCues.Memo());
            assertThat(cues.attrCues(e, memo)).as(cls).isEqualTo(fresh);
        }
        Element share = Jsoup.parseBodyFragment("<div class='share-buttons'>t</div>").selectFirst("div");
        assertThat(cues.attrCues(share, memo).furniture()).isTrue();
    }

    /** The splitter as first written: a string builder lower-casing each character. */
    private static List<String> reference(String value) {
        List<String> out = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        char prev = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (Character.isUpperCase(c) && Character.isLowerCase(prev) && !w.isEmpty()) {
                    out.add(w.toString());
                    w.setLength(0);
                }
                w.append(Character.toLowerCase(c));
            } else if (!w.isEmpty()) {
                out.add(w.toString());
                w.setLength(0);
            }
            prev = c;
        }
        if (!w.isEmpty()) {
            out.add(w.toString());
        }
        return out;
    }
}
