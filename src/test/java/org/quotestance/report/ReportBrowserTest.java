package org.quotestance.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quotestance.report.ReportFixtures.count;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.quotestance.table.Tables;

/**
 * Opens the report in headless Chromium: the DOM after its script ran, and a screenshot. The files
 * stay in target/report-test/ for a person to look at. Skipped when /usr/bin/chromium is missing.
 */
@Tag("integration")
class ReportBrowserTest {
  private static final Path OUT = Path.of("target", "report-test");
  private static final Pattern QUOTE_ROW = Pattern.compile("<tr [^>]*class=\"quote-row\"[^>]*>");

  @BeforeEach
  void needsChromium() {
    Assumptions.assumeTrue(Chromium.available(), "no chromium at " + Chromium.BINARY);
  }

  private static Path write(String name, Tables t) throws Exception {
    Path dir = Files.createDirectories(OUT.resolve(name));
    Path html = dir.resolve("report.html");
    Files.writeString(html, ReportHtml.render(t, ReportFixtures.runSummary(t)), StandardCharsets.UTF_8);
    return html;
  }

  @Test
  void oneSpeakerInTheBrowser() throws Exception {
    Tables t = ReportFixtures.oneSpeaker();
    Path html = write("one-speaker", t);
    String dom = Chromium.dumpDom(html, "");
    assertEquals(1, count(dom, "class=\"speaker-bar\""));
    assertEquals(3, count(dom, "class=\"quote-row\""));
    assertTrue(dom.contains("<span id=\"f-count\" class=\"muted\">3 quotes</span>"), "script ran");
    Path png = html.resolveSibling("screenshot.png");
    Chromium.screenshot(html, png, 1200, 1600);
    checkNotBlank(png, Palette.DENY);
  }

  @Test
  void timelineClaimAndOutletFilterInTheBrowser() throws Exception {
    Tables t = ReportFixtures.dated();
    Path html = write("dated", t);
    String dom = Chromium.dumpDom(html, "");
    assertEquals(5, count(dom, "class=\"timeline-bar\""));
    assertTrue(dom.contains("Turkey buys oil from DAESH &amp; helps it &lt;really&gt;."), "claim statement");
    assertTrue(dom.contains("<span id=\"f-count\" class=\"muted\">8 quotes</span>"), "script ran");
    long valley = t.quotes().stream().filter(q -> q.outlet().equals("Valley Times")).count();
    assertEquals(3, valley);
    dom = Chromium.dumpDom(html, "outlet=Valley%20Times");
    assertEquals(t.quotes().size() - valley, hiddenRows(dom));
    assertTrue(dom.contains("3 of 8 quotes"));
    Path png = html.resolveSibling("screenshot.png");
    Chromium.screenshot(html, png, 1200, 1600);
    checkNotBlank(png, Palette.SUPPORT);
  }

  @Test
  void fiveHundredSpeakersInTheBrowser() throws Exception {
    Tables t = ReportFixtures.manySpeakers(500);
    Path html = write("500-speakers", t);
    String dom = Chromium.dumpDom(html, "");
    assertEquals(500, count(dom, "class=\"speaker-bar\""));
    assertEquals(t.quotes().size(), count(dom, "class=\"quote-row\""));
    Path png = html.resolveSibling("screenshot.png");
    Chromium.screenshot(html, png, 1200, 1600);
    checkNotBlank(png, Palette.DENY);
  }

  @Test
  void theFilterCanBePresetFromTheAddress() throws Exception {
    Tables t = ReportFixtures.manySpeakers(40);
    Path html = write("filter", t);
    long deny = t.quotes().stream().filter(q -> q.stance().equals("deny")).count();
    String dom = Chromium.dumpDom(html, "stance=deny");
    assertEquals(t.quotes().size() - deny, hiddenRows(dom));
    assertTrue(dom.contains(deny + " of " + t.quotes().size() + " quotes"));

    String speaker = t.quotes().get(0).speaker();
    long bySpeaker = t.quotes().stream().filter(q -> q.speaker().equals(speaker)).count();
    dom = Chromium.dumpDom(html, "speaker=" + speaker.replace(" ", "%20"));
    assertEquals(t.quotes().size() - bySpeaker, hiddenRows(dom));
  }

  @Test
  void hostileTextStaysText() throws Exception {
    Tables t = ReportFixtures.hostile();
    Path html = write("hostile", t);
    String dom = Chromium.dumpDom(html, "");
    assertEquals(1, count(dom, "<script"), "only the report's own script element");
    assertFalse(dom.contains("<img"));
    assertEquals(2, count(dom, "class=\"quote-row\""));
    assertEquals(2, count(dom, "class=\"speaker-bar\""));
    assertTrue(dom.contains("&lt;script&gt;alert(\"x\")&lt;/script&gt;"), "the quote's text, as text");
  }

  private static int hiddenRows(String dom) {
    int hidden = 0;
    Matcher m = QUOTE_ROW.matcher(dom);
    while (m.find()) {
      hidden += m.group().contains(" hidden") ? 1 : 0;
    }
    return hidden;
  }

  /** Many colours, and the bars' colour somewhere: the page rendered, not a blank or error page. */
  private static void checkNotBlank(Path png, String barColour) throws Exception {
    BufferedImage img = ImageIO.read(png.toFile());
    assertEquals(1200, img.getWidth());
    assertEquals(1600, img.getHeight());
    int bar = Integer.parseInt(barColour.substring(1), 16);
    Set<Integer> colours = new HashSet<>();
    int barPixels = 0;
    for (int y = 0; y < img.getHeight(); y++) {
      for (int x = 0; x < img.getWidth(); x++) {
        int rgb = img.getRGB(x, y) & 0xFFFFFF;
        colours.add(rgb);
        if (close(rgb, bar)) {
          barPixels++;
        }
      }
    }
    assertTrue(colours.size() > 3, "distinct colours: " + colours.size());
    assertTrue(barPixels > 100, "pixels of bar colour " + barColour + ": " + barPixels);
  }

  private static boolean close(int a, int b) {
    for (int shift = 0; shift <= 16; shift += 8) {
      if (Math.abs((a >> shift & 0xFF) - (b >> shift & 0xFF)) > 6) {
        return false;
      }
    }
    return true;
  }
}
