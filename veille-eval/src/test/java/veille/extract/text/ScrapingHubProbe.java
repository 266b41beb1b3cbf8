package veille.extract.text;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import veille.doc.Document;
import veille.doc.Input;
import veille.doc.InputFormat;
import veille.eval.ShingleScore;
import veille.testing.Shared;

/** Development probe: prints per-page F1 of the worst pages. Run with -Dtest=ScrapingHubProbe -Dprobe=true. */
@Tag("probe")
class ScrapingHubProbe {
    @Test
    void printWorstPages() throws Exception {
        assumeTrue(Boolean.getBoolean("probe"));
        Path dir = Shared.shared().orElseThrow().resolve("data/extraction/scrapinghub");
        List<ScrapingHubPageText.Page> pages = ScrapingHubPageText.load(dir);
        PageTextExtractor ex = new PageTextExtractor();
        record R(double f1, ScrapingHubPageText.Page p, String body) {
        }
        List<R> rs = new java.util.ArrayList<>();
        for (var p : pages) {
            Document d = ex.extract(Input.ofText(p.id(), p.pageText(), InputFormat.TEXT));
            String body = ScrapingHubPageText.body(d);
            rs.add(new R(ShingleScore.pageF1(p.truth(), body), p, body));
        }
        rs.sort(java.util.Comparator.comparingDouble(R::f1));
        String one = System.getProperty("probe.id");
        if (one != null) {
            for (var p : pages) {
                if (p.id().startsWith(one)) {
                    Document d = ex.extract(Input.ofText(p.id(), p.pageText(), InputFormat.TEXT));
                    for (var b : d.expect(veille.doc.Blocks.KEY).all()) {
                        String t = b.textIn(d.input());
                        System.out.printf("%4d %-11s %-40.40s | %.110s%n", b.line(), b.kind().id(), b.reason(), t);
                    }
                    System.out.println("TRUTH: " + p.truth().substring(0, Math.min(600, p.truth().length())));
                }
            }
            return;
        }
        System.out.println("overall F1 " + ScrapingHubPageTextScore.score(pages, ex).f1());
        for (R r : rs.subList(0, Math.min(Integer.getInteger("probe.n", 15), rs.size()))) {
            System.out.printf("%.3f %s %s%n", r.f1(), r.p().id().substring(0, 8), r.p().url());
        }
    }
}
