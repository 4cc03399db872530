package org.quotestance.table;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The ISO day (YYYY-MM-DD) of a publication date as given in the input: an ISO date or date-time
 * ("2015-12-02", "2015-12-02T14:05:00+03:00"; the day as written, not converted to UTC, since that
 * is the day the outlet published it) or an RFC 1123 date as in RSS feeds.
 */
final class PublishedDay {
  private static final Pattern ISO_START = Pattern.compile("\\d{4}-\\d{2}-\\d{2}(?:$|[T ].*)");

  private PublishedDay() {}

  static Optional<String> of(String published) {
    String s = published == null ? "" : published.strip();
    try {
      if (ISO_START.matcher(s).matches()) {
        return Optional.of(LocalDate.parse(s.substring(0, 10)).toString());
      }
      if (!s.isEmpty() && Character.isLetter(s.charAt(0))) {
        return Optional.of(ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate().toString());
      }
    } catch (DateTimeParseException e) {
      // not a date we can place on the timeline
    }
    return Optional.empty();
  }
}
