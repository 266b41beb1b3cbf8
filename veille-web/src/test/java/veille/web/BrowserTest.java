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
import veille.store.CorpusStore;
import veille.store.StoreServer;

/**
 * End to end in Debian's headless Chromium (chromium and chromium-driver; skipped when absent): a search with a facet
 * and a month, an article's quote whose speaker opens the entity page, the hostile article shown as text with no
 * script run, the events and quotes pages. Screenshots go to veille-web/target/screenshots.
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

    static void noScriptRan(String where) {
        assertThat(js("return window.__pwned === undefined")).as(where + ": the hostile payload ran").isEqualTo(true);
    }

    @Test
    void searchFacetMonthArticleSpeakerEntity() throws Exception {
        open("/search?q=Poutine");
        await("ol.hits li");
        assertThat(browser.findElements(By.cssSelector("ol.hits .snippet mark"))).as("highlighted words").isNotEmpty();
        assertThat(browser.findElement(By.cssSelector(".total")).getText()).startsWith("2 ");
        shot("search");

        // A facet: the outlet filter is a link; the URL carries it.
        browser.findElement(By.linkText("Xinhua")).click();
        wait.until(ExpectedConditions.urlContains("outlet=Xinhua"));
        await("ol.hits li");
        assertThat(browser.findElement(By.cssSelector(".total")).getText()).startsWith("1 ");

        // The month histogram: a bar filters from/to, and can be reached by keyboard.
        open("/search?q=Poutine");
        WebElement bar = await("svg.bars rect.pick");
        assertThat(bar.getAttribute("tabindex")).isEqualTo("0");
        bar.click();
        wait.until(ExpectedConditions.urlContains("from=2024-03"));
        await("ol.hits li");
        assertThat(browser.findElement(By.cssSelector(".total")).getText()).startsWith("1 ");
        shot("search-month");

        // The article: quote highlighted, its speaker a link to the entity page.
        browser.findElement(By.cssSelector("ol.hits h2 a")).click();
        WebElement speaker = await("a.speaker");
        assertThat(browser.findElement(By.cssSelector(".quote")).getText()).contains("Nos relations sont au plus haut niveau");
        assertThat(browser.findElements(By.cssSelector(".text a.entity"))).hasSizeGreaterThanOrEqualTo(2);
        assertThat(browser.findElement(By.cssSelector("details.apart summary")).getText()).contains("caption");
        assertThat(browser.findElement(By.cssSelector("details.apart")).getAttribute("open")).isNull();
        shot("article");
        speaker.click();
        wait.until(ExpectedConditions.urlContains("/entities/vladimir-putin"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("h1"), "Vladimir Putin"));
        await("ul.quotes blockquote");
        assertThat(browser.findElements(By.cssSelector("svg.bars rect"))).hasSize(2); // 2024-03, 2024-04
        assertThat(browser.findElement(By.cssSelector("ul.quotes")).getText()).contains("Nos relations");
        shot("entity");
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

        open("/quotes");
        await("ul.quotes blockquote");
        assertThat(browser.findElement(By.cssSelector("ul.quotes")).getText()).contains("<img src=x onerror=window.__pwned=5>");
        noScriptRan("quotes");
        shot("quotes");
    }
}
