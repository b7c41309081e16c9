package org.marsad.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.extract.Extractor;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.json.JsonMapper;

/**
 * The web app in real Chromium (Debian's chromium and chromium-driver) over a server holding the sample
 * corpus: the analyst's main paths, the language switch, and report markup shown as text. Screenshots of each
 * page in both languages go to target/screenshots/. Without Chromium the tests skip and say so.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserTest {
  private static final Path CHROMIUM = Path.of(System.getProperty("marsad.chromium", "/usr/bin/chromium"));
  private static final Path CHROMEDRIVER = Path.of(System.getProperty("marsad.chromedriver",
      "/usr/bin/chromedriver"));
  private static final Path SHOTS = Path.of("target", "screenshots");

  MarsadServer server;
  WebDriver driver;
  WebDriverWait wait;
  String base;
  String token;

  @BeforeAll
  void start(@TempDir Path dir) throws IOException {
    assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "browser tests skipped: Chromium or ChromeDriver is not installed at " + CHROMIUM + " and " + CHROMEDRIVER
            + " (apt-get install chromium chromium-driver)");
    assumeTrue(SampleStore.available(), "the sample corpus is not at " + SampleStore.samples().toAbsolutePath());
    Extractor extractor = Extractor.withBuiltInLexicons();
    org.marsad.kb.store.StoreLocation location = SampleStore.fill(dir, extractor);
    token = SampleStore.account(location, "analyst", org.marsad.share.account.Role.ANALYST);
    server = MarsadServer.start(location, extractor, ServerOptions.local(0));
    base = "http://127.0.0.1:" + server.port();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--window-size=1280,900", "--lang=ar");
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File(CHROMEDRIVER.toString())).usingAnyFreePort().build();
    driver = new ChromeDriver(service, options);
    wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    Files.createDirectories(SHOTS);
    signIn();
  }

  @AfterAll
  void stop() {
    if (driver != null) {
      driver.quit();
    }
    if (server != null) {
      server.close();
    }
  }

  /**
   * The way an analyst signs in from what `marsad serve` or `marsad demo` printed: a link holding a token, which
   * the page keeps for the tab and takes out of the address.
   */
  private void signIn() {
    driver.get(base + "/#login=" + token);
    wait.until(d -> d.getCurrentUrl().endsWith("#/search"));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".hit")));
  }

  private void open(String hash) {
    driver.get(base + "/" + hash);
    wait.until(d -> ((JavascriptExecutor) d).executeScript("return document.readyState").equals("complete"));
    // a move within the page renders on hashchange, a moment after the address changed
    wait.until(d -> ((JavascriptExecutor) d).executeScript("return document.getElementById('view')"
        + ".getAttribute('data-route') === (location.hash || '#/search')").equals(Boolean.TRUE));
  }

  /**
   * Switches the language and waits until the page has rendered again: a switch renders the route anew, and a
   * rendering still under way when the next test opens its page would replace that page when it finishes.
   */
  private void language(String lang) {
    String now = driver.findElement(By.tagName("html")).getAttribute("lang");
    if (!lang.equals(now)) {
      String renders = driver.findElement(By.id("view")).getAttribute("data-renders");
      driver.findElement(By.id("lang")).click();
      wait.until(d -> lang.equals(d.findElement(By.tagName("html")).getAttribute("lang")));
      wait.until(d -> !java.util.Objects.equals(renders, d.findElement(By.id("view")).getAttribute("data-renders")));
    }
  }

  private void shot(String name) throws IOException {
    Path png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
    Files.copy(png, SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
  }

  @Test
  void searchOpenAnEntityThenItsEvidenceHighlightedInTheReport() throws IOException {
    open("#/search?q=" + "%D8%A8%D9%84%D9%85%D8%AE%D8%AA%D8%A7%D8%B1"); // بلمختار
    language("ar");
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".hit mark")));
    shot("search-ar");
    WebElement person = wait.until(ExpectedConditions.elementToBeClickable(
        By.xpath("//a[contains(@class,'facet-entity') and contains(., 'Belmokhtar')]")));
    person.click();
    WebElement h1 = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".entity-head h1")));
    assertThat(h1.getText()).contains("بلمختار");
    shot("entity-ar");
    WebElement summary = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".fact details summary")));
    summary.click();
    WebElement evidence = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".fact details a.evidence")));
    String quoted = evidence.getText().replace("«", "").replace("»", "");
    evidence.click();
    WebElement text = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("report-text")));
    assertThat(text.getAttribute("dir")).isEqualTo("rtl");
    List<WebElement> focus = wait.until(d -> {
      List<WebElement> f = d.findElements(By.cssSelector("#report-text .focus"));
      return f.isEmpty() ? null : f;
    });
    String highlighted = String.join("", focus.stream().map(WebElement::getText).toList());
    assertThat(quoted.replaceAll("\\s+", " ")).contains(highlighted.replaceAll("\\s+", " ").trim());
    focus.get(0).click();
    WebElement detail = driver.findElement(By.id("detail"));
    wait.until(d -> !detail.findElements(By.cssSelector(".explain")).isEmpty());
    shot("report-ar");
    language("en");
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("report-text")));
    wait.until(ExpectedConditions.textToBe(By.cssSelector("[data-i18n='nav.search']"), "Search"));
    shot("report-en");
    language("ar");
  }

  /**
   * A slow answer to an earlier move must not replace the page the user moved to since: the entity page's answer
   * is held back until the search the user went on to is shown, then let through.
   */
  @Test
  void aSlowAnswerToAnEarlierMoveDoesNotReplaceThePageMovedTo() {
    open("#/search");
    JavascriptExecutor js = (JavascriptExecutor) driver;
    String search = "#/search?q=%D8%A8%D9%84%D9%85%D8%AE%D8%AA%D8%A7%D8%B1"; // بلمختار
    js.executeScript("const real = window.fetch; window.marsadRealFetch = real; let release;"
        + "const held = new Promise(r => { release = r; }); window.marsadRelease = release; window.marsadHeld = false;"
        + "window.fetch = (url, opts) => String(url).startsWith('/api/entities/')"
        + " ? (window.marsadHeld = true, real(url, opts).then(r => held.then(() => r))) : real(url, opts);");
    try {
      int settled = Integer.parseInt(driver.findElement(By.id("view")).getAttribute("data-settled"));
      js.executeScript("location.hash = '#/entity/Iyad%20Ag%20Ghaly'");
      wait.until(d -> Boolean.TRUE.equals(js.executeScript("return window.marsadHeld")));
      js.executeScript("location.hash = arguments[0]", search);
      wait.until(d -> search.equals(d.findElement(By.id("view")).getAttribute("data-route"))
          && !d.findElements(By.cssSelector(".hit")).isEmpty());
      js.executeScript("window.marsadRelease()");
      // both moves have finished: the entity page's answer has arrived and been dealt with
      wait.until(d -> Integer.parseInt(d.findElement(By.id("view")).getAttribute("data-settled")) >= settled + 2);
      assertThat(driver.findElements(By.cssSelector(".entity-head"))).isEmpty();
      assertThat(driver.findElements(By.cssSelector(".hit"))).isNotEmpty();
      assertThat(driver.findElement(By.id("view")).getAttribute("data-route")).isEqualTo(search);
    } finally {
      js.executeScript("window.fetch = window.marsadRealFetch; if (window.marsadRelease) { window.marsadRelease(); }");
    }
  }

  @Test
  void anAffiliationShowsItsBestEvidenceFirstAndAllOfItOnRequest() throws IOException {
    open("#/entity/" + "Iyad%20Ag%20Ghaly");
    language("en"); // the count in the summary in Western digits
    wait.until(ExpectedConditions.textToBe(By.cssSelector("[data-i18n='nav.search']"), "Search"));
    WebElement button = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".fact .show-all")));
    WebElement fact = button.findElement(By.xpath("ancestor::li[contains(@class,'fact')]"));
    WebElement summary = fact.findElement(By.cssSelector("details summary"));
    summary.click();
    assertThat(fact.findElements(By.cssSelector(".evidence-list > li"))).hasSize(3);
    int total = Integer.parseInt(summary.getText().replaceAll("[^0-9]", ""));
    assertThat(total).isGreaterThan(3);
    assertThat(button.getText()).contains(String.valueOf(total));
    button.click();
    wait.until(d -> fact.findElements(By.cssSelector(".show-all")).isEmpty());
    List<String> all = fact.findElements(By.cssSelector(".evidence-list > li a.evidence")).stream()
        .map(a -> a.getAttribute("href")).toList();
    assertThat(all).hasSize(total).doesNotHaveDuplicates();
    shot("entity-evidence-en");
    language("ar");
  }

  @Test
  void hedgedClaimsLookDifferentFromAssertedOnes() {
    open("#/search");
    String asserted = css("mod-ASSERTED");
    String hedged = css("mod-POSSIBLE");
    String denied = css("mod-DENIED");
    assertThat(hedged).isNotEqualTo(asserted);
    assertThat(denied).isNotEqualTo(asserted).isNotEqualTo(hedged);
  }

  /** The decoration a claim of this modality class gets, as the browser computes it. */
  private String css(String modalityClass) {
    return (String) ((JavascriptExecutor) driver).executeScript(
        "const s = document.createElement('span'); s.className = 'claim ' + arguments[0];"
            + "document.body.appendChild(s); const c = getComputedStyle(s);"
            + "const v = c.textDecorationLine + '|' + c.textDecorationStyle + '|' + c.fontStyle; s.remove(); return v;",
        modalityClass);
  }

  @Test
  void switchingLanguageFlipsDirection() throws IOException {
    open("#/search?q=%D9%83%D9%8A%D8%AF%D8%A7%D9%84"); // كيدال
    language("ar");
    WebElement html = driver.findElement(By.tagName("html"));
    assertThat(html.getAttribute("dir")).isEqualTo("rtl");
    language("en");
    assertThat(driver.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("ltr");
    wait.until(ExpectedConditions.textToBe(By.cssSelector("[data-i18n='nav.search']"), "Search"));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".hit")));
    shot("search-en");
    open("#/entity/" + "JNIM");
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".entity-head h1")));
    shot("entity-en");
    language("ar");
    assertThat(driver.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
    wait.until(ExpectedConditions.textToBe(By.cssSelector("[data-i18n='nav.search']"), "بحث"));
  }

  @Test
  void markupInAReportIsShownAsTextNeverRun() throws Exception {
    String hostile = "هجوم على قافلة قرب كيدال. <script>document.title='pwned'</script> "
        + "<img src=x onerror=\"document.title='pwned'\"> <b onmouseover=\"document.title='pwned'\">نص</b>";
    long report = uploadAndWait("hostile.txt", hostile);
    open("#/report/" + report);
    WebElement text = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("report-text")));
    assertThat(text.getText()).contains("<script>document.title='pwned'</script>").contains("<img src=x");
    assertThat(text.findElements(By.tagName("script"))).isEmpty();
    assertThat(text.findElements(By.tagName("img"))).isEmpty();
    assertThat(text.findElements(By.tagName("b"))).isEmpty();
    assertThat(driver.getTitle()).doesNotContain("pwned");
  }

  @Test
  void anAlertAppearsAfterIngestingAReportThatHitsAWatch() throws Exception {
    HttpResponse<String> watch = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
            URI.create(base + "/api/watches")).header("Content-Type", "application/json")
        .header("Authorization", "Bearer " + token)
        .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"browser-watch\",\"types\":[\"ATTACK\"],"
            + "\"entities\":[\"جماعة نصرة الإسلام والمسلمين\"]}")).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(watch.statusCode()).as(watch.body()).isEqualTo(201);
    open("#/alerts");
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main h1")));
    uploadAndWait("hit.txt", "شنت جماعة نصرة الإسلام والمسلمين هجوما على معسكر للجيش المالي في بلدة بوليكيسي "
        + "وسط مالي، وأكدت الجماعة في بيان أنها نفذت الهجوم.");
    open("#/search");
    WebElement badge = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("unread")));
    assertThat(badge.getText()).isNotBlank();
    shot("header-alert-ar");
    driver.findElement(By.id("alerts-link")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("ul.alerts"), "browser-watch"));
    shot("alerts-ar");
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("unread")));
    language("en");
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("ul.alerts"), "browser-watch"));
    shot("alerts-en");
    language("ar");
  }

  @Test
  void theNetworkAsOfTwoDatesShowsTheJnimMergerOnlyAfterIt() throws IOException {
    language("ar");
    open("#/network/JNIM?asOf=2016-06-01&type=MERGER");
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("network-count")));
    assertThat(driver.findElements(By.cssSelector("#network-edges tr[data-type='MERGER']"))).isEmpty();
    open("#/network/JNIM?asOf=2017-06-01&type=MERGER");
    wait.until(d -> !d.findElements(By.cssSelector("#network-edges tr[data-type='MERGER']")).isEmpty());
    assertThat(driver.findElement(By.id("network-edges")).getText()).contains("جماعة نصرة الإسلام والمسلمين");
    wait.until(d -> !d.findElements(By.cssSelector("#network-chart svg")).isEmpty());
    shot("network-ar");
    open("#/network/JNIM?asOf=2017-06-01");
    language("en");
    wait.until(d -> !d.findElements(By.cssSelector("#network-edges tr")).isEmpty());
    shot("network-en");
    language("ar");
  }

  @Test
  void theMapShowsLocatedEventsOverTheShippedOutlines() throws IOException {
    open("#/map");
    language("ar");
    wait.until(d -> !d.findElements(By.cssSelector("#map-list li")).isEmpty());
    wait.until(d -> d.findElements(By.cssSelector("#map-chart svg path")).size() > 20);
    ((JavascriptExecutor) driver).executeScript("window.scrollTo(0, 0)");
    shot("map-ar");
    language("en");
    wait.until(d -> !d.findElements(By.cssSelector("#map-list li")).isEmpty());
    ((JavascriptExecutor) driver).executeScript("window.scrollTo(0, 0)");
    shot("map-en");
    language("ar");
  }

  @Test
  void aTimelineListsDatedEventsWithAMonthlyChart() throws IOException {
    open("#/timeline/JNIM");
    language("ar");
    wait.until(d -> !d.findElements(By.cssSelector("#timeline-list li")).isEmpty());
    wait.until(d -> !d.findElements(By.cssSelector("#timeline-chart svg")).isEmpty());
    shot("timeline-ar");
    language("en");
    wait.until(d -> !d.findElements(By.cssSelector("#timeline-chart svg")).isEmpty());
    shot("timeline-en");
    language("ar");
  }

  @Test
  void anUploadFromTheIngestPageAppearsInSearch(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("upload-page.txt");
    Files.writeString(file, "أعلن الجيش النيجري توقيف عنصرين من تنظيم الدولة في ولاية تيلابيري. كلمةللرفعمنالصفحة");
    open("#/ingest");
    language("ar");
    // waited for, not looked up once: seen missing for a moment under load while the page rendered
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("ingest-files")))
        .sendKeys(file.toAbsolutePath().toString());
    driver.findElement(By.cssSelector("form.ingest button[type=submit]")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("ingest-status"), "1"));
    wait.until(d -> Double.parseDouble(d.findElement(By.id("ingest-progress")).getAttribute("value")) == 1.0);
    assertThat(driver.findElement(By.id("ingest-status")).getText()).doesNotContain("خطأ");
    shot("ingest-ar");
    language("en");
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("ingest-files")));
    shot("ingest-en");
    language("ar");
    open("#/search?q=%D9%83%D9%84%D9%85%D8%A9%D9%84%D9%84%D8%B1%D9%81%D8%B9%D9%85%D9%86%D8%A7%D9%84%D8%B5%D9%81%D8%AD%D8%A9");
    WebElement hit = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".hit-title")));
    assertThat(hit.getText()).contains("upload-page.txt");
  }

  private long uploadAndWait(String name, String text) throws Exception {
    String boundary = "b" + System.nanoTime();
    String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + name
        + "\"\r\nContent-Type: text/plain\r\n\r\n" + text + "\r\n--" + boundary + "--\r\n";
    HttpClient http = HttpClient.newHttpClient();
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/ingest"))
        .header("Authorization", "Bearer " + token).header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(202);
    long job = JsonMapper.builder().build().readTree(r.body()).path("id").asLong();
    for (int i = 0; i < 600; i++) {
      var j = JsonMapper.builder().build().readTree(http.send(HttpRequest.newBuilder(
          URI.create(base + "/api/ingest/" + job)).header("Authorization", "Bearer " + token).build(),
          HttpResponse.BodyHandlers.ofString()).body());
      if (j.path("state").asString().equals("DONE")) {
        assertThat(j.path("ingested").asInt()).as(j.toString()).isEqualTo(1);
        return j.path("reports").get(0).asLong();
      }
      assertThat(j.path("state").asString()).isNotEqualTo("FAILED");
      Thread.sleep(100);
    }
    throw new AssertionError("ingest job " + job + " did not finish");
  }
}
