package org.quotestance.table;

/** Cell values as the contract writes them: a leading = + - @ is neutralised with a quote. */
final class CsvCells {
  private CsvCells() {}

  static String safe(Object value) {
    String s = value == null ? "" : String.valueOf(value);
    if (!s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0) {
      return "'" + s;
    }
    return s;
  }
}
