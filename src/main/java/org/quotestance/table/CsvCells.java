package org.quotestance.table;

import java.math.BigDecimal;

/**
 * Cell values as the contract writes them. Numbers are written plain, so that pandas, R and
 * spreadsheets read them as numbers; a text cell that a spreadsheet would run as a formula (first
 * character after any leading whitespace one of = + - @, or a tab or carriage return) gets a
 * leading quote (OWASP's CSV injection rule).
 */
final class CsvCells {
  private static final String FORMULA_STARTS = "=+-@\t\r";

  private CsvCells() {}

  static String safe(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof BigDecimal d) {
      return d.toPlainString();
    }
    if (value instanceof Number n) {
      return String.valueOf(n);
    }
    String s = String.valueOf(value);
    return looksLikeFormula(s) ? "'" + s : s;
  }

  static boolean looksLikeFormula(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (FORMULA_STARTS.indexOf(c) >= 0) {
        return true;
      }
      if (!Character.isWhitespace(c)) {
        return false;
      }
    }
    return false;
  }
}
