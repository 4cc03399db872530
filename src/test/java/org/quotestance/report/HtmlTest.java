package org.quotestance.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class HtmlTest {
  @Test
  void escapesMarkupAndReplacesWhatHtmlForbids() {
    assertEquals("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;", Html.esc("<a href=\"x\" title='y'>&amp;</a>"));
    assertEquals("a\uFFFDb\tc\nd\uFFFD", Html.esc("a\u0001b\tc\nd\u0085"));
    assertEquals("\uD83D\uDE00 \uFFFD \uFFFD", Html.esc("\uD83D\uDE00 \uDE00 \uD83D"));
    assertEquals("", Html.esc(null));
  }

  @Test
  void numbersAreLocaleFree() {
    java.util.Locale before = java.util.Locale.getDefault();
    try {
      java.util.Locale.setDefault(java.util.Locale.GERMANY);
      assertEquals("12.5", Html.num(12.5));
      assertEquals("12", Html.num(12.0));
      assertEquals("0.9", Html.decimal(0.9));
      assertEquals("1.0", Html.decimal(1));
      assertEquals("0.85", Html.decimal(0.85));
    } finally {
      java.util.Locale.setDefault(before);
    }
  }

  @Test
  void fitCutsAtCodePoints() {
    assertEquals("short", Html.fit("short", 20));
    String cut = Html.fit("\uD83D\uDE00".repeat(40), 10);
    assertEquals('\u2026', cut.charAt(cut.length() - 1));
    assertEquals(0, (cut.length() - 1) % 2);
  }
}
