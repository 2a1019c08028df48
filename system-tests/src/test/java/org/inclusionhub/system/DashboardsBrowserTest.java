package org.inclusionhub.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Drives the three dashboards in the system Chromium: each shows the figures of what the API
 * holds, and changes within seconds, without a reload, when a survey response or an assessment
 * is submitted through the API. It also makes an authenticated call from Swagger UI, as an integrator
 * trying the API would. Screenshots land in system-tests/target/screenshots.
 */
class DashboardsBrowserTest {

    private static final Duration LIVE = Duration.ofSeconds(20);
    private static RunningSystem system;
    private static WebDriver browser;
    private static Path screenshots;

    @BeforeAll
    static void start() throws IOException {
        for (String binary : new String[] {"/usr/bin/chromium", "/usr/bin/chromedriver"}) {
            if (!new File(binary).canExecute()) {
                throw new IllegalStateException(binary + " is missing: infra/test-prerequisites.sh installs it (./mvnw verify runs it)");
            }
        }
        system = new RunningSystem();
        screenshots = Path.of(System.getProperty("repo.dir"), "system-tests/target/screenshots");
        Files.createDirectories(screenshots);
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1200,1600", "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (system != null) {
            system.close();
        }
    }

    @Test
    void surveyDashboardShowsTheResponsesAndUpdatesLive() throws IOException {
        String partner = extract(expect(201, system.call("POST", "survey", "/api/v1/partners", null,
                "{\"code\":\"browser-partner\",\"name\":\"Browser test partner\"}")), "\"key\":\"([^\"]+)\"");
        String example = Files.readString(Path.of(System.getProperty("repo.dir"), "survey-service/demo-data/example-response.json"));
        submitResponse(partner, example);
        submitResponse(partner, example.replace("Welcome Network Leipzig", "Second network"));

        // the compendium's figures, in its order, each card linkable by its figure number
        open("survey", "#figure-2 tbody tr");
        awaitText("#respondents", "2");
        assertThat(cell("#figure-2", "state-integration-network")).isEqualTo("2");
        assertThat(cell("#figure-2", "migrant-network")).isEqualTo("0");
        assertThat(cell("#figure-1", "germany")).isEqualTo("2");
        assertThat(text("#figure-2 h2")).isEqualTo("Figure 2: Types of networks");
        assertThat(text("#figure-2 .source")).startsWith("Reproduces Figure 2");
        // the cross-tab (country by default) names countries, not codes
        await(() -> "Germany".equals(text("#crosstab tbody th")));
        assertThat(text("#crosstab caption")).startsWith("Responses by “In which country is the network based?” (rows)")
                .doesNotContain("europe_wide_or_global");
        assertNoIdOrCodeShown(codesIn(system.call("GET", "survey", "/api/v1/surveys/erasmi-networks", null, null)));
        markPage();
        screenshot("survey-dashboard-before.png");

        submitResponse(partner, example.replace("Welcome Network Leipzig", "Third network")
                .replace("state-integration-network", "migrant-network"));
        awaitText("#respondents", "3");
        await(() -> "1".equals(cell("#figure-2", "migrant-network")));
        // responses over time: all three this week (weeks start on Monday, UTC)
        String thisWeek = java.time.LocalDate.now(java.time.ZoneOffset.UTC)
                .with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY)).toString();
        assertThat(cell("#per-week", thisWeek)).isEqualTo("3");
        assertPageNotReloaded();
        screenshot("survey-dashboard-after.png");
        screenshotsAtBothWidths("survey-dashboard");
        assertEveryChartDownloadsItsTable();
        assertCategoriesKeepTheirColour();
        assertTablesFoldedAndOpenedByKeyboard();

        // a link with a chosen survey and filter opens that view
        browser.get(system.url("survey", "/dashboard/?survey=erasmi-networks&filter=network_type%3Dmigrant-network"));
        await(() -> "1".equals(browser.findElement(By.id("respondents")).getText()));
        assertThat(attribute(By.id("filter"), "value")).isEqualTo("network_type=migrant-network");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("filter"))).selectByIndex(0);
        await(() -> browser.getCurrentUrl().contains("survey=erasmi-networks") && !browser.getCurrentUrl().contains("filter="));
        // and one with a date range: nothing was submitted in 2000
        browser.get(system.url("survey", "/dashboard/?survey=erasmi-networks&from=2000-01-01&to=2000-12-31"));
        await(() -> "0".equals(browser.findElement(By.id("respondents")).getText()));
        assertThat(attribute(By.id("from"), "value")).isEqualTo("2000-01-01");
        assertThat(text("#crosstab caption")).contains("submitted from 2000-01-01 to 2000-12-31");
        assertNoIdOrCodeShown(codesIn(system.call("GET", "survey", "/api/v1/surveys/erasmi-networks", null, null)));
    }

    /** The codes ({@code "code":"..."}) in an API answer: a survey's question and option codes, vocabulary terms. */
    private static java.util.Set<String> codesIn(HttpResponse<String> answer) {
        java.util.Set<String> codes = new java.util.TreeSet<>();
        Matcher m = Pattern.compile("\"code\":\"([^\"]+)\"").matcher(expect(200, answer).body());
        while (m.find()) {
            codes.add(m.group(1));
        }
        assertThat(codes).isNotEmpty();
        return codes;
    }

    /**
     * Nothing on the page shows an id or a code where a name belongs, folded tables included: no UUID; no code
     * with a separator or a digit ({@code network_type}, {@code migrant-network}) anywhere in the text; no
     * one-word code ({@code germany}) as the whole text of an element. Headings, cells, options and notes are read.
     */
    private void assertNoIdOrCodeShown(java.util.Collection<String> codes) {
        Object shown = ((JavascriptExecutor) browser).executeScript("""
                const codes = arguments[0], main = document.querySelector('main'), text = main.textContent, found = [];
                const uuid = text.match(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i);
                if (uuid) found.push(uuid[0]);
                for (const code of codes) {
                  const quoted = code.replace(/[^A-Za-z0-9_-]/g, c => '\\\\' + c);
                  if (/[-_0-9]/.test(code) && new RegExp('(^|[^A-Za-z0-9_-])' + quoted + '($|[^A-Za-z0-9_-])').test(text)) found.push(code);
                }
                for (const el of main.querySelectorAll('*')) {
                  if (el.children.length === 0 && codes.includes(el.textContent.trim())) found.push(el.tagName + ': ' + el.textContent.trim());
                }
                return found;""", new java.util.ArrayList<>(codes));
        assertThat((java.util.List<?>) shown).as("ids or codes shown on " + browser.getCurrentUrl()).isEmpty();
    }

    /** Every chart's table starts folded; Tab reaches its toggle and Enter opens and closes it. */
    private void assertTablesFoldedAndOpenedByKeyboard() {
        assertThat(browser.findElements(By.cssSelector(".card details[open]"))).isEmpty();
        var details = browser.findElement(By.cssSelector(".card details"));
        var table = details.findElement(By.tagName("table"));
        assertThat(table.isDisplayed()).isFalse();
        // from the element before the toggle, Tab moves the focus to the toggle
        script("const chart = arguments[0].previousElementSibling; chart.setAttribute('tabindex', '-1'); chart.focus();", details);
        new org.openqa.selenium.interactions.Actions(browser).sendKeys(org.openqa.selenium.Keys.TAB).perform();
        assertThat(script("return document.activeElement.tagName;", details)).isEqualTo("SUMMARY");
        new org.openqa.selenium.interactions.Actions(browser).sendKeys(org.openqa.selenium.Keys.ENTER).perform();
        await(table::isDisplayed);
        new org.openqa.selenium.interactions.Actions(browser).sendKeys(org.openqa.selenium.Keys.ENTER).perform();
        await(() -> !table.isDisplayed());
    }

    /** A category (by its key, e.g. the answer "yes") has one colour on every single-series chart of the page. */
    private void assertCategoriesKeepTheirColour() {
        Object result = ((JavascriptExecutor) browser).executeScript("""
                const seen = {}, clashes = [];
                for (const card of document.querySelectorAll('.card')) {
                  if (!card.chart || card.chart.data.datasets.length !== 1) continue;
                  const colours = card.chart.data.datasets[0].backgroundColor;
                  [...card.querySelectorAll('tbody tr')].forEach((tr, i) => {
                    const key = tr.dataset.key;
                    if (seen[key] && seen[key] !== colours[i]) clashes.push(key);
                    seen[key] = colours[i];
                  });
                }
                return clashes.length + ' clashes, ' + new Set(Object.values(seen)).size + ' colours';""");
        assertThat(String.valueOf(result)).startsWith("0 clashes").doesNotEndWith(" 1 colours").doesNotEndWith(" 0 colours");
    }

    /** Each chart offers its data as CSV and itself as PNG; the CSV holds exactly what its table shows. */
    private void assertEveryChartDownloadsItsTable() {
        var charts = browser.findElements(By.cssSelector(".card:has(canvas)"));
        assertThat(charts).isNotEmpty();
        for (var card : charts) {
            String csvHref = card.findElement(By.cssSelector("a.download-csv")).getAttribute("href");
            assertThat(card.findElement(By.cssSelector("a.download-png")).getAttribute("download")).endsWith(".png");
            String csv = java.net.URLDecoder.decode(csvHref.substring(csvHref.indexOf(',') + 1), StandardCharsets.UTF_8);
            StringBuilder table = new StringBuilder();
            for (var row : card.findElements(By.cssSelector("table tr"))) {
                java.util.List<String> cells = new java.util.ArrayList<>();
                for (var cell : row.findElements(By.cssSelector("th, td"))) {
                    String text = cell.getAttribute("textContent").strip();
                    cells.add(text.matches(".*[\",\r\n].*") ? '"' + text.replace("\"", "\"\"") + '"' : text);
                }
                table.append(String.join(",", cells)).append("\r\n");
            }
            assertThat(csv).as(card.getAttribute("id")).isEqualTo(table.toString());
        }
        // a label shortened on the axis reads in full on hover, as in the table
        Object shortened = script("""
                const differ = [];
                for (const card of document.querySelectorAll('.card')) {
                  if (!card.chart) continue;
                  const title = card.chart.options.plugins.tooltip.callbacks.title;
                  card.querySelectorAll('tbody th').forEach((th, i) => {
                    if (title([{ dataIndex: i }]) !== th.textContent) differ.push(card.id + ' ' + i);
                  });
                }
                return differ.join(', ');""");
        assertThat(String.valueOf(shortened)).isEmpty();
    }

    @Test
    void assessmentAndPracticeDashboardsFollowSubmittedAssessments() throws IOException {
        String practiceId = publishPractice("Browser test practice", "BE", "employment");
        submitAssessment(practiceId, "not-met");

        open("assessment", "#area-means tbody tr");
        awaitText("#count", "1");
        assertThat(cell("#area-means", "IP")).isEqualTo("50");
        markPage();
        screenshot("assessment-dashboard-before.png");
        submitAssessment(practiceId, "met");
        awaitText("#count", "2");
        awaitText("#mean", "75");
        assertThat(cell("#area-means", "IP")).isEqualTo("75");
        assertPageNotReloaded();
        // the picker names practices by title; the comparison card names the practice; no id is visible
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("subject"))).selectByVisibleText("Browser test practice");
        await(() -> !browser.findElements(By.cssSelector("#position tbody tr")).isEmpty());
        assertThat(text("#position h2")).isEqualTo("Browser test practice against the average");
        assertNoIdOrCodeShown(java.util.List.of());
        assertThat(browser.getCurrentUrl()).contains("framework=spring-gpc").contains("practice=" + practiceId);
        screenshot("assessment-dashboard-after.png");
        screenshotsAtBothWidths("assessment-dashboard");
        assertEveryChartDownloadsItsTable();
        // the link reproduces the view
        browser.get(browser.getCurrentUrl());
        await(() -> !browser.findElements(By.cssSelector("#position tbody tr")).isEmpty());
        // assessments per month: both this month; a date range in the link restricts every figure
        String thisMonth = java.time.LocalDate.now(java.time.ZoneOffset.UTC).withDayOfMonth(1).toString();
        assertThat(cell("#per-month", thisMonth)).isEqualTo("2");
        browser.get(system.url("assessment", "/dashboard/?framework=spring-gpc&from=2000-01-01&to=2000-12-31"));
        awaitText("#count", "0");
        assertThat(attribute(By.id("from"), "value")).isEqualTo("2000-01-01");
        // the practice against the average of that range, which holds none: the average is missing, and says so
        browser.get(system.url("assessment", "/dashboard/?framework=spring-gpc&practice=" + practiceId
                + "&from=2000-01-01&to=2000-12-31"));
        await(() -> !browser.findElements(By.cssSelector("#position tbody tr")).isEmpty());
        assertThat(text("#position .n")).isEqualTo("overall 100 vs –, the average of those submitted from 2000-01-01 to 2000-12-31");
        assertThat(attribute(By.cssSelector("#position tbody tr[data-key='IP'] th"), "textContent"))
                .isEqualTo("IP Inclusivity & Participation");

        open("practice", "#by-country tbody tr");
        awaitText("#total", "1");
        await(() -> "1".equals(cell("#by-score", "75-100")));
        markPage();
        screenshot("practice-dashboard-before.png");
        publishPractice("Second browser practice", "NL", "housing");
        awaitText("#total", "2");
        assertThat(cell("#by-country", "NL")).isEqualTo("1");
        // names, not codes: the country and the framework
        assertThat(attribute(By.cssSelector("#by-country tbody tr[data-key='NL'] th"), "textContent"))
                .isEqualTo("Netherlands");
        // a practice without a country still counts in the country chart, so its bars add up to n
        publishPractice("Browser practice without a country", null, "housing");
        awaitText("#total", "3");
        await(() -> "1".equals(cell("#by-country", "no-country")));
        assertThat(attribute(By.cssSelector("#by-country tbody tr[data-key='no-country'] th"), "textContent"))
                .isEqualTo("No country given");
        assertThat(text("#by-score h2")).contains("SPRING Good Practice Criteria");
        assertNoIdOrCodeShown(codesIn(system.call("GET", "practice", "/api/v1/vocabularies", null, null)));
        assertPageNotReloaded();
        screenshot("practice-dashboard-after.png");
        screenshotsAtBothWidths("practice-dashboard");
        assertEveryChartDownloadsItsTable();
    }

    /**
     * The "learn from whom" card of a chosen practice lists, under its unmet criterion, a practice whose assessment
     * meets it as soon as that assessment is submitted, without a reload, with a link into the catalogue.
     */
    @Test
    void learnFromCardChangesWhenAStrongerPracticeIsAssessed() throws IOException {
        String learner = publishPractice("Learner practice", "BE", "employment");
        String teacher = publishPractice("Teacher practice", "BE", "employment");
        submitAssessment(learner, "not-met");
        browser.get(system.url("assessment", "/dashboard/?framework=spring-gpc&practice=" + learner));
        await(() -> !browser.findElements(By.cssSelector("#learn-from li[data-code='IP.1.1']")).isEmpty());
        assertThat(text("#learn-from h2")).isEqualTo("What Learner practice can learn, and from whom");
        // before its assessment, the teacher can only be suggested as unassessed (it shares a theme)
        By assessedTeacher = By.xpath("//*[@id='learn-from']//li[@data-code='IP.1.1']//li[contains(@class,'assessed')"
                + " and not(contains(@class,'unassessed')) and contains(.,'Teacher practice')]");
        assertThat(browser.findElements(assessedTeacher)).isEmpty();
        markPage();
        submitAssessment(teacher, "met");
        await(() -> !browser.findElements(assessedTeacher).isEmpty());
        assertPageNotReloaded();
        // the card may render again as later events arrive, so the link is read inside the wait
        By teacherLink = By.xpath("//*[@id='learn-from']//li[@data-code='IP.1.1']//a[.='Teacher practice']");
        await(() -> browser.findElement(teacherLink).getAttribute("href").endsWith("/api/v1/practices/" + teacher));
        assertNoIdOrCodeShown(java.util.List.of());
        screenshot("assessment-dashboard-learn-from.png");
    }

    /**
     * An integrator tries the API in Swagger UI: Authorize with an API key (the declared bearer scheme), then an
     * admin-only call made from the page answers 200, with the key sent as a bearer token.
     */
    @Test
    void swaggerUiAuthorizesAndMakesAnAuthenticatedCall() throws IOException {
        browser.get(system.url("practice", "/q/swagger-ui/"));
        await(() -> !browser.findElements(By.cssSelector("button.authorize")).isEmpty());
        browser.findElement(By.cssSelector("button.authorize")).click();
        await(() -> !browser.findElements(By.cssSelector(".modal-ux input")).isEmpty());
        browser.findElement(By.cssSelector(".modal-ux input")).sendKeys(RunningSystem.ADMIN_KEY);
        browser.findElement(By.cssSelector(".modal-ux button.modal-btn.authorize")).click();
        browser.findElement(By.cssSelector(".modal-ux button.btn-done")).click();

        By keys = By.xpath("//div[contains(@class,'opblock-get')][.//*[@data-path='/api/v1/api-keys']]");
        browser.findElement(keys).findElement(By.cssSelector(".opblock-summary-control")).click();
        await(() -> !browser.findElement(keys).findElements(By.cssSelector("button.try-out__btn")).isEmpty());
        browser.findElement(keys).findElement(By.cssSelector("button.try-out__btn")).click();
        browser.findElement(keys).findElement(By.cssSelector("button.execute")).click();
        await(() -> !browser.findElement(keys).findElements(By.cssSelector(".live-responses-table tbody .response-col_status"))
                .isEmpty());
        screenshot("swagger-ui-authorized-call.png");
        assertThat(browser.findElement(keys).findElement(By.cssSelector(".live-responses-table tbody .response-col_status"))
                .getText()).startsWith("200");
        assertThat(browser.findElement(keys).findElement(By.cssSelector(".curl-command")).getText())
                .contains("Authorization: Bearer " + RunningSystem.ADMIN_KEY);
    }

    private void submitResponse(String partnerKey, String body) {
        expect(201, system.call("POST", "survey", "/api/v1/surveys/erasmi-networks/responses", partnerKey, body));
    }

    /** Creates and publishes a practice (a transnational one without a country when it is null); answers its id. */
    private String publishPractice(String title, String country, String theme) {
        String id = extract(expect(201, system.call("POST", "practice", "/api/v1/practices", null, """
                {"title":"%s","summary":"A practice for the browser tests.",%s
                 "organisations":[{"name":"City of Ghent","type":"municipality"}],"themes":["%s"],
                 "targetGroups":["refugees"],"source":{"collection":"direct-submission","reference":"%s"}}"""
                .formatted(title, country == null ? "\"scope\":\"transnational\"," : "\"country\":\"" + country + "\",\"scope\":\"local\",", theme,
                        title.toLowerCase(java.util.Locale.ROOT).replace(' ', '-')))),
                "\"id\":\"([^\"]+)\"");
        expect(200, system.call("POST", "practice", "/api/v1/practices/" + id + "/publish", null, null));
        return id;
    }

    /** assessment-service learns of the practice from Kafka; until then it answers 422. */
    private void submitAssessment(String practiceId, String ip11) {
        String body = """
                {"framework":"spring-gpc","assessor":"Browser test","subject":{"type":"practice","practiceId":"%s"},
                 "ratings":[{"item":"IP.1.1","rating":"%s"},{"item":"IP.1.2","rating":"met"}]}""".formatted(practiceId, ip11);
        HttpResponse<String> response = Awaitility.await("assessment-service knows practice " + practiceId)
                .atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> system.call("POST", "assessment", "/api/v1/assessments?submit=true", null, body), r -> r.statusCode() != 422);
        expect(201, response);
    }

    private void open(String service, String loadedSelector) {
        browser.get(system.url(service, "/dashboard/"));
        await(() -> !browser.findElements(By.cssSelector(loadedSelector)).isEmpty());
    }

    /** A mark that only survives if the page is never reloaded. */
    private void markPage() {
        ((JavascriptExecutor) browser).executeScript("window.notReloaded = true;");
    }

    private void assertPageNotReloaded() {
        assertThat(((JavascriptExecutor) browser).executeScript("return window.notReloaded === true;")).isEqualTo(true);
    }

    private String cell(String card, String rowKey) {
        return fresh(() -> {
            var cells = browser.findElements(By.cssSelector(card + " tbody tr[data-key='" + rowKey + "'] td"));
            // the tables are folded (a details element): their text is read, not what is on screen
            return cells.isEmpty() ? null : cells.get(0).getAttribute("textContent").strip();
        });
    }

    private String text(String selector) {
        return fresh(() -> browser.findElement(By.cssSelector(selector)).getText());
    }

    private String attribute(By element, String name) {
        return fresh(() -> browser.findElement(element).getAttribute(name));
    }

    /**
     * Reads the page again when a card rendered anew between the find and the read (live updates replace a card's
     * content as events arrive), a few times at most.
     */
    private static <T> T fresh(java.util.function.Supplier<T> read) {
        for (int attempt = 1; ; attempt++) {
            try {
                return read.get();
            } catch (StaleElementReferenceException e) {
                if (attempt == 5) {
                    throw e;
                }
            }
        }
    }

    private void awaitText(String selector, String expected) {
        await(() -> expected.equals(browser.findElement(By.cssSelector(selector)).getText()));
    }

    /** Waits for a condition; on a timeout the page as it was is saved as timeout-<n>.png, for the diagnosis. */
    private void await(java.util.function.BooleanSupplier condition) {
        try {
            // a card that renders again between a find and a read leaves a stale element: read it again
            new WebDriverWait(browser, LIVE).ignoring(StaleElementReferenceException.class)
                    .until(driver -> condition.getAsBoolean());
        } catch (org.openqa.selenium.TimeoutException e) {
            try {
                screenshot("timeout-" + System.currentTimeMillis() + ".png");
                Files.writeString(screenshots.resolve("timeout-page.html"), browser.getPageSource());
            } catch (IOException | RuntimeException ignored) {
                // the timeout is what matters
            }
            throw e;
        }
    }

    private void screenshot(String name) throws IOException {
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), screenshots.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }

    /**
     * The whole page at a desktop width (1200 px) and a phone width (390 px): {@code <name>-desktop.png} and
     * {@code <name>-phone.png}. At the phone width nothing may stick out sideways.
     */
    private void screenshotsAtBothWidths(String name) throws IOException {
        fullPage(name + "-desktop.png", 1200);
        fullPage(name + "-phone.png", 390);
        assertThat((Long) script("return document.documentElement.scrollWidth - window.innerWidth;"))
                .as(name + " fits a phone-width screen").isLessThanOrEqualTo(0L);
        browser.manage().window().setSize(new Dimension(1200, 1600));
    }

    private void fullPage(String file, int width) throws IOException {
        browser.manage().window().setSize(new Dimension(width, 900));
        long height = (Long) script("return Math.min(8000, document.documentElement.scrollHeight);");
        browser.manage().window().setSize(new Dimension(width, (int) height));
        screenshot(file);
    }

    private Object script(String javascript, Object... arguments) {
        return ((JavascriptExecutor) browser).executeScript(javascript, arguments);
    }

    private static HttpResponse<String> expect(int status, HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return response;
    }

    private static String extract(HttpResponse<String> response, String regex) {
        Matcher m = Pattern.compile(regex).matcher(response.body());
        assertThat(m.find()).as(response.body()).isTrue();
        return m.group(1);
    }
}
