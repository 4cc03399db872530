package org.quotestance.io;

import java.io.Serializable;

/** One input article as read, before any cleaning. {@code text} is the decoded original. */
public record Article(
    String id, String input, String title, String outlet, String url, String published, String text)
    implements Serializable {

  public Article {
    title = nullToEmpty(title);
    outlet = nullToEmpty(outlet);
    url = nullToEmpty(url);
    published = nullToEmpty(published);
  }

  public static Article ofText(String id, String input, String text) {
    return new Article(id, input, "", "", "", "", text);
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
