package veille.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import java.util.ArrayList;
import java.util.Map;
import java.util.logging.Level;
import veille.store.CorpusStore;
import veille.store.StoreServer;

/**
 * End to end in Debian's headless Chromium (chromium and chromium-driver; skipped when absent): a search with a facet
 * and a date range (dragged on the histogram), history and saved searches, an article's quote whose speaker opens
 * the entity page, an event's trigger opening the events of its type, the events timeline filtered by type, the
 * graph of one actor, an export, the labels in English, the hostile article shown as text with no script run on any
 * page. Every page passes axe-core with no serious or critical violation and logs no CSP violation. Screenshots go
 * to veille-web/target/screenshots.
 */
class BrowserTest {
    static final List<String> BROWSERS = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome");
    static final List<String> DRIVERS = List.of("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");

    @TempDir
    static Path dir;

    static final CorpusStore[] STORE = new CorpusStore[1];
    static StoreServer server;
    static ChromeDriver browser;
    static WebDriverWait wait;
    static final Path SHOTS = Path.of("target", "screenshots");

    @BeforeAll
    static void start() throws Exception {
        String binary = first(System.getenv("VEILLE_CHROMIUM"), BROWSERS);
        String driver = first(System.getenv("VEILLE_CHROMEDRIVER"), DRIVERS);
        Assumptions.assumeTrue(binary != null && driver != null,
                "no Chromium found (install Debian's chromium and chromium-driver, or set VEILLE_CHROMIUM and "
                        + "VEILLE_CHROMEDRIVER): the browser tests are skipped");
        server = Corpus.serve(dir, STORE);
        ChromeOptions o = new ChromeOptions();
        o.setBinary(binary);
        o.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1280,1000", "--lang=fr-FR");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        o.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(driver))
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, o);
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        Files.createDirectories(SHOTS);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
            STORE[0].close();
        }
    }

    static String first(String env, List<String> candidates) {
        if (env != null && Files.isExecutable(Path.of(env))) {
            return env;
        }
        return candidates.stream().filter(c -> Files.isExecutable(Path.of(c))).findFirst().orElse(null);
    }

    static void open(String path) {
        browser.get(server.url() + path.substring(1));
    }

    static WebElement await(String css) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
    }

    static void shot(String name) throws Exception {
        File f = browser.getScreenshotAs(OutputType.FILE);
        Files.copy(f.toPath(), SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    static Object js(String script) {
        return ((JavascriptExecutor) browser).executeScript(script);
    }

    static final String AXE = axe();

    /** axe-core from npm (the build's npm ci puts it in node_modules), injected by the driver, not by the page. */
    static String axe() {
        try {
            return Files.readString(Path.of("node_modules", "axe-core", "axe.min.js"));
        } catch (java.io.IOException e) {
            throw new IllegalStateException("node_modules/axe-core is missing: build veille-web with Maven (npm ci)", e);
        }
    }

    /** No serious or critical axe-core violation on the page as it is, and no CSP violation logged since the last look. */
    @SuppressWarnings("unchecked")
    static void accessible(String where) {
        js(AXE);
        Map<String, Object> r = (Map<String, Object>) ((JavascriptExecutor) browser).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                + "axe.run(document, { resultTypes: ['violations'] }).then(r => done({ rules: r.passes.length"
                + " + r.violations.length + r.incomplete.length, bad: r.violations"
                + ".filter(v => v.impact === 'serious' || v.impact === 'critical')"
                + ".map(v => v.id + ' (' + v.impact + '): ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', ')) }))"
                + ".catch(e => done({ rules: 0, bad: ['axe failed: ' + e] }));");
        assertThat((List<String>) r.get("bad")).as(where + ": axe-core serious/critical violations").isEmpty();
        assertThat(((Number) r.get("rules")).intValue()).as(where + ": axe-core rules applied").isGreaterThan(10);
        List<String> csp = new ArrayList<>();
        for (LogEntry e : browser.manage().logs().get(LogType.BROWSER)) {
            if (e.getMessage().contains("Content Security Policy") || e.getMessage().contains("Refused to")) {
                csp.add(e.getMessage());
            }
        }
        assertThat(csp).as(where + ": CSP violations").isEmpty();
    }

    static String total() {
        return await(".total").getText();
    }

    static void awaitReady(String mark) {
        wait.until(d -> mark.equals(js("return document.body.dataset.ready || ''")));
    }

    static void noScriptRan(String where) {
        assertThat(js("return window.__pwned === undefined")).as(where + ": the hostile payload ran").isEqualTo(true);
    }

    /** Each test starts with French labels, as chosen by the header's toggle (headless Chromium reports en-US). */
    @org.junit.jupiter.api.BeforeEach
    void french() {
        open("/search");
        js("localStorage.setItem('veille.lang', 'fr')");
    }

    @Test
    void searchFacetDateRangeArticleSpeakerEntity() throws Exception {
        open("/search?q=Poutine");
        await("ol.hits li");
        assertThat(browser.findElements(By.cssSelector("ol.hits .snippet mark"))).as("highlighted words").isNotEmpty();
        assertThat(total()).startsWith("2 ");
        accessible("search");
        shot("search");

        // A facet: the outlet filter is a link; the URL carries it.
        browser.findElement(By.linkText("Xinhua")).click();
        wait.until(ExpectedConditions.urlContains("outlet=Xinhua"));
        await("ol.hits li");
        assertThat(total()).startsWith("1 ");

        // An entity facet shows the entity's name and filters by its id; the active filter's chip names it too.
        open("/search?q=Poutine");
        await("ol.hits li");
        browser.findElement(By.linkText("Vladimir Putin")).click();
        wait.until(ExpectedConditions.urlContains("entity=vladimir-putin"));
        await("ol.hits li");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("p.active a.chip"), "Vladimir Putin"));
        // The language facet counts the languages; its link sets the form's language.
        browser.findElement(By.linkText("fr")).click();
        wait.until(ExpectedConditions.urlContains("lang=fr"));
        await("ol.hits li");
        assertThat(browser.getCurrentUrl()).contains("entity=vladimir-putin");
        assertThat(new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("lang")))
                .getFirstSelectedOption().getAttribute("value")).isEqualTo("fr");

        // A date range dragged across the histogram's bars, on top of the facet: from the first bar to the last.
        open("/search?q=Poutine&sort=date");
        List<WebElement> bars = wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("svg.bars rect.pick"), 2));
        new Actions(browser).clickAndHold(bars.get(0)).moveToElement(bars.get(1)).release().perform();
        wait.until(ExpectedConditions.urlContains("to=2024-04"));
        assertThat(browser.getCurrentUrl()).contains("from=2024-03").contains("sort=date");
        assertThat(total()).startsWith("2 ");
        browser.findElement(By.linkText("Xinhua")).click();
        wait.until(ExpectedConditions.urlContains("outlet=Xinhua"));
        assertThat(browser.getCurrentUrl()).contains("from=2024-03").contains("to=2024-04");
        assertThat(total()).startsWith("1 ");
        assertThat(browser.findElement(By.id("from")).getAttribute("value")).isEqualTo("2024-03");
        shot("search-range");

        // A click picks one month; so does Enter on a bar reached by keyboard.
        open("/search?q=Poutine");
        WebElement bar = wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("svg.bars rect.pick"), 2)).get(1);
        assertThat(bar.getAttribute("tabindex")).isEqualTo("0");
        bar.sendKeys(org.openqa.selenium.Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("from=2024-04"));
        assertThat(browser.getCurrentUrl()).contains("to=2024-04");
        assertThat(total()).startsWith("1 ");
        open("/search?q=Poutine");
        await("svg.bars rect.pick").click();
        wait.until(ExpectedConditions.urlContains("from=2024-03"));
        assertThat(total()).startsWith("1 ");

        // The article: quote highlighted, its speaker a link to the entity page; the event's trigger highlighted.
        browser.findElement(By.cssSelector("ol.hits h2 a")).click();
        WebElement speaker = await("a.speaker");
        assertThat(browser.findElement(By.cssSelector(".quote")).getText()).contains("Nos relations sont au plus haut niveau");
        assertThat(browser.findElements(By.cssSelector(".text a.entity"))).hasSizeGreaterThanOrEqualTo(2);
        assertThat(browser.findElement(By.cssSelector(".text a.event-trigger")).getText()).isEqualTo("rencontre");
        assertThat(browser.findElement(By.cssSelector(".text a.event-trigger")).getAttribute("title")).contains("CONSULT");
        assertThat(browser.findElement(By.cssSelector("details.apart summary")).getText()).contains("caption");
        assertThat(browser.findElement(By.cssSelector("details.apart")).getAttribute("open")).isNull();
        // Each highlighted fact tells where it came from: its input line (and DOM path for HTML).
        assertThat(browser.findElement(By.cssSelector(".text a.entity")).getAttribute("title")).contains("ligne ");
        assertThat(browser.findElement(By.cssSelector(".text .quote")).getAttribute("title")).contains("ligne ");
        accessible("article");
        shot("article");
        speaker.click();
        wait.until(ExpectedConditions.urlContains("/entities/vladimir-putin"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("h1"), "Vladimir Putin"));
        awaitReady("veille:entity");
        await("ul.quotes blockquote");
        assertThat(browser.findElements(By.cssSelector("svg.bars rect"))).hasSize(2); // 2024-03, 2024-04
        assertThat(browser.findElement(By.cssSelector("ul.quotes")).getText()).contains("Nos relations");
        assertThat(browser.findElements(By.cssSelector("p.export a"))).hasSize(4);
        // The outlets naming the entity most, each opening its articles; its events, from the newest articles.
        assertThat(browser.findElement(By.cssSelector("ul.outlets")).getText()).contains("Xinhua (1)");
        assertThat(browser.findElement(By.cssSelector("ul.outlets a")).getAttribute("href"))
                .contains("entity=vladimir-putin").contains("outlet=");
        assertThat(browser.findElement(By.cssSelector("aside ul.events")).getText()).contains("CONSULT");
        accessible("entity");
        shot("entity");

        // The entity's quotes filtered by words.
        open("/entities/vladimir-putin?q=relations");
        await("ul.quotes blockquote");
        open("/entities/vladimir-putin?q=introuvable");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("ul.quotes"), "Aucun résultat"));
    }

    @Test
    void eventTriggerOpensTheTimelineFilteredByType() throws Exception {
        open("/search?q=salué");
        await("ol.hits h2 a").click();
        await(".text a.event-trigger").click();
        wait.until(ExpectedConditions.urlContains("/events?type=CONSULT"));
        await("ol.timeline li.event");
        assertThat(browser.findElement(By.cssSelector("ol.timeline")).getText()).contains("2024-03-11").doesNotContain("AGREE");
        // The type chips of the whole timeline switch the filter.
        open("/events");
        await("ol.timeline li.event");
        browser.findElement(By.linkText("AGREE")).click();
        wait.until(ExpectedConditions.urlContains("type=AGREE"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("ol.timeline"), "2024-04-01"));
        assertThat(browser.findElement(By.cssSelector("ol.timeline")).getText()).doesNotContain("2024-03-11");
        accessible("events");
        shot("events-agree");

        // A window of one article at a time: the newest report first, the older one on demand, under its own date.
        open("/events?type=CONSULT&articles=1");
        await("ol.timeline li.event");
        assertThat(browser.findElements(By.cssSelector("ol.timeline li.event"))).hasSize(1);
        assertThat(browser.findElement(By.cssSelector("ol.timeline h2")).getText()).isEqualTo("2024-05-01");
        browser.findElement(By.cssSelector("button.more")).click();
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("ol.timeline li.event"), 2));
        assertThat(browser.findElements(By.cssSelector("ol.timeline h2"))).extracting(WebElement::getText)
                .containsExactly("2024-05-01", "2024-03-11");
        assertThat(browser.findElements(By.cssSelector("button.more"))).isEmpty();
    }

    @Test
    void graphOfOneActorOpensTheArticlesBehindAnEdge() throws Exception {
        open("/graph?entity=vladimir-putin");
        awaitReady("veille:graph");
        assertThat(browser.findElements(By.cssSelector("#graph canvas"))).isNotEmpty();
        assertThat(((Number) js("return veilleGraph.nodes().length")).intValue()).isGreaterThanOrEqualTo(2);
        assertThat(((Number) js("return veilleGraph.edges().length")).intValue()).isGreaterThanOrEqualTo(1);
        assertThat(js("return veilleGraph.getElementById('vladimir-putin').hasClass('asked')")).isEqualTo(true);
        accessible("graph");
        shot("graph");
        // Zoomable: the buttons change the zoom.
        double before = ((Number) js("return veilleGraph.zoom()")).doubleValue();
        browser.findElement(By.xpath("//button[contains(., 'Zoom avant')]")).click();
        assertThat(((Number) js("return veilleGraph.zoom()")).doubleValue()).isGreaterThan(before);

        // An edge opens the articles that name both of its actors: tapped on the drawing...
        String url = (String) js("const e = veilleGraph.edges().filter(e => e.data('kind') === 'cooccurrence'"
                + " && e.connectedNodes().map(n => n.id()).includes('xi-jinping'))[0]; e.emit('tap'); return e.data('url');");
        wait.until(ExpectedConditions.urlContains("/search?"));
        assertThat(url).contains("entity=vladimir-putin").contains("entity=xi-jinping");
        assertThat(browser.getCurrentUrl()).contains("entity=vladimir-putin").contains("entity=xi-jinping");
        assertThat(total()).startsWith("1 ");
        assertThat(browser.findElements(By.cssSelector("p.active a.chip"))).hasSize(2);
        // ... or followed from the table of links, by keyboard.
        open("/graph?entity=vladimir-putin");
        awaitReady("veille:graph");
        WebElement edge = browser.findElement(By.xpath("//table[contains(@class,'edges')]//tr[contains(., 'AGREE')]//a[@class='edge']"));
        edge.sendKeys(org.openqa.selenium.Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("event=AGREE"));
        await("ol.hits li");
        assertThat(browser.findElement(By.cssSelector("ol.hits")).getText()).contains("Le président russe en visite");
    }

    @Test
    void exportsHistorySavedSearchesAndEnglishLabels() throws Exception {
        open("/search?q=Poutine&outlet=Xinhua");
        await("ol.hits li");
        List<WebElement> links = browser.findElements(By.cssSelector("p.export a"));
        assertThat(links).extracting(WebElement::getText).containsExactly("JSONL", "CSV", "PLOVER JSON", "GDELT TSV");
        // The export as the link fetches it: the API's, with the page's query and filters.
        String csv = fetch(links.get(1).getAttribute("href"));
        assertThat(csv.lines().findFirst().orElse("")).startsWith("id,published,outlet");
        assertThat(csv).contains("Pékin et Moscou").doesNotContain("Le président russe");
        String gdelt = fetch(links.get(3).getAttribute("href"));
        assertThat(gdelt).startsWith("GLOBALEVENTID\t").contains("CONSULT");
        for (String page : List.of("/events?type=CONSULT", "/quotes?speaker=vladimir-putin&q=relations")) {
            open(page);
            String jsonl = fetch(await("p.export a.export-jsonl").getAttribute("href"));
            assertThat(jsonl).as(page).contains("Nos relations sont au plus haut niveau");
        }

        // Quotes oldest first, as the order select asks.
        open("/quotes?sort=date_asc");
        await("ul.quotes blockquote");
        assertThat(browser.findElement(By.cssSelector("ul.quotes li")).getText()).contains("Nos relations");
        assertThat(new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("f-sort")))
                .getFirstSelectedOption().getAttribute("value")).isEqualTo("date_asc");
        open("/quotes");
        await("ul.quotes blockquote");
        assertThat(browser.findElement(By.cssSelector("ul.quotes li")).getText()).doesNotContain("Nos relations");

        // History: the searches made are listed, newest first; a search saved under a name is kept, then deleted.
        open("/search?q=Xi");
        await("ol.history li");
        assertThat(browser.findElement(By.cssSelector("ol.history")).getText()).startsWith("Xi\n").contains("Poutine · Média = Xinhua");
        WebElement name = browser.findElement(By.id("save-name"));
        name.clear();
        name.sendKeys("Xi <b>seul</b>");
        browser.findElement(By.cssSelector("form.save button")).click();
        WebElement saved = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("ul.saved li a")));
        assertThat(saved.getText()).isEqualTo("Xi <b>seul</b>");
        open("/search");
        await("ul.saved li a").click();
        wait.until(ExpectedConditions.urlContains("q=Xi"));
        await("ol.hits li");
        shot("search-saved");
        await("ul.saved button.delete").click();
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("ul.saved li"), 0));

        // Every control of the search page is reached by Tab, each with a visible focus ring.
        open("/search?q=Poutine");
        await("ol.hits li");
        List<String> reached = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            new Actions(browser).sendKeys(org.openqa.selenium.Keys.TAB).perform();
            if ("BODY".equals(js("return document.activeElement.tagName"))) {
                break; // past the last control
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> f = (Map<String, Object>) js("const a = document.activeElement, s = getComputedStyle(a);"
                    + "return { what: a.tagName + '.' + (a.getAttribute('class') || '') + '#' + (a.id || ''),"
                    + " ring: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0 || s.strokeWidth === '3px' };");
            reached.add(String.valueOf(f.get("what")));
            assertThat(f.get("ring")).as("visible focus on " + f.get("what")).isEqualTo(true);
        }
        assertThat(String.join(" ", reached)).contains("BUTTON.lang").contains("INPUT.#q").contains("SELECT.#sort")
                .contains("INPUT.#from").contains("rect.bar pick").contains("A.export-csv").contains("BUTTON.#")
                .contains("INPUT.#save-name");

        // The labels in English, kept in this browser, then back in French.
        browser.findElement(By.cssSelector("button.lang")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("label[for=q]"), "Query"));
        assertThat(browser.findElement(By.cssSelector("header nav")).getText()).contains("Events").contains("Graph")
                .doesNotContain("Graphe");
        assertThat(js("return document.documentElement.lang")).isEqualTo("en");
        open("/events");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("h1"), "Events"));
        accessible("events in English");
        shot("events-en");
        browser.findElement(By.cssSelector("button.lang")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("h1"), "Événements"));
    }

    /** The body of a same-origin GET as the page's own fetch sees it. */
    static String fetch(String href) {
        return (String) ((JavascriptExecutor) browser).executeAsyncScript(
                "const done = arguments[arguments.length - 1]; fetch(arguments[0]).then(r => r.text()).then(done, e => done('ERR ' + e));",
                href);
    }

    @Test
    void hostileArticleShowsMarkupAsTextAndRunsNoScript() throws Exception {
        open("/search?q=hostile");
        await("ol.hits li");
        WebElement title = browser.findElement(By.cssSelector("ol.hits h2 a"));
        assertThat(title.getText()).contains("<script>window.__pwned=1</script>");
        assertThat(browser.findElement(By.cssSelector("ol.hits .meta")).getText()).contains("<b onmouseover=");
        noScriptRan("search");
        shot("hostile-search");

        title.click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("h1"), "<img src=x onerror="));
        String page = browser.findElement(By.tagName("main")).getText();
        assertThat(page).contains(Corpus.LINK).contains("<img src=x onerror=window.__pwned=5>")
                .contains("<script>window.__pwned=6</script>Porte-parole");
        assertThat(browser.findElements(By.cssSelector("main img, main script, main b"))).isEmpty();
        for (WebElement a : browser.findElements(By.cssSelector("a"))) {
            assertThat(String.valueOf(a.getAttribute("href"))).doesNotStartWith("javascript:");
        }
        new org.openqa.selenium.interactions.Actions(browser).moveToElement(browser.findElement(By.cssSelector("h1"))).perform();
        noScriptRan("article");
        accessible("hostile article");
        shot("hostile-article");

        browser.findElement(By.cssSelector("a.speaker")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("h1"), "<script>"));
        noScriptRan("entity");

        open("/events?type=CONSULT");
        await("ol.timeline li.event");
        assertThat(browser.findElement(By.cssSelector("ol.timeline")).getText()).contains("Porte-parole")
                .contains("2024-03-11").doesNotContain("AGREE");
        noScriptRan("events");
        shot("events");

        accessible("events");

        open("/quotes");
        await("ul.quotes blockquote");
        assertThat(browser.findElement(By.cssSelector("ul.quotes")).getText()).contains("<img src=x onerror=window.__pwned=5>");
        noScriptRan("quotes");
        accessible("quotes");
        shot("quotes");

        // The graph: the hostile speaker's name is a node label drawn as text on the canvas and a link in the table.
        open("/graph?q=hostile");
        awaitReady("veille:graph");
        assertThat(browser.findElement(By.cssSelector("ul.actors")).getText()).contains(Corpus.SPEAKER);
        assertThat(js("return veilleGraph.nodes().map(n => n.data('label')).join(' ')")).asString().contains(Corpus.SPEAKER);
        assertThat(browser.findElements(By.cssSelector("main img, main script, main b"))).isEmpty();
        new Actions(browser).moveToElement(browser.findElement(By.id("graph"))).perform();
        noScriptRan("graph");
        shot("hostile-graph");

        // The search page with the hostile words in its query and filters, history and saved searches.
        open("/search?q=" + java.net.URLEncoder.encode("hostile <img src=x onerror=window.__pwned=7>", java.nio.charset.StandardCharsets.UTF_8)
                + "&outlet=" + java.net.URLEncoder.encode(Corpus.OUTLET, java.nio.charset.StandardCharsets.UTF_8));
        await("ol.history li");
        assertThat(browser.findElement(By.cssSelector("ol.history")).getText()).contains("<img src=x onerror=");
        assertThat(browser.findElements(By.cssSelector("main img, main script, main b"))).isEmpty();
        noScriptRan("search history");
    }
}
