package org.quotestance.beam;

import java.io.Serializable;

/**
 * A record or article that could not be read or processed: one row of errors.csv. {@code articleId}
 * is never empty, so every dead letter is also accounted for in articles.csv.
 */
public record DeadLetter(String input, String articleId, String stage, String error)
    implements Serializable {

  public static DeadLetter of(String input, String articleId, String stage, Throwable t) {
    String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    return new DeadLetter(input, articleId, stage, t.getClass().getSimpleName() + ": " + message);
  }
}
