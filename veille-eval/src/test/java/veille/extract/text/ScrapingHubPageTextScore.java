package veille.extract.text;

import java.util.List;
import veille.doc.Document;
import veille.doc.Input;
import veille.doc.InputFormat;
import veille.eval.ShingleScore;

/** The ScrapingHub pages as page text ({@link ScrapingHubPageText}) scored with the benchmark's own metric. */
final class ScrapingHubPageTextScore {
    private ScrapingHubPageTextScore() {
    }

    static ShingleScore score(List<ScrapingHubPageText.Page> pages, PageTextExtractor extractor) {
        ShingleScore s = new ShingleScore();
        for (ScrapingHubPageText.Page p : pages) {
            Document d = extractor.extract(Input.ofText(p.id(), p.pageText(), InputFormat.TEXT));
            s.add(p.truth(), ScrapingHubPageText.body(d));
        }
        return s;
    }
}
