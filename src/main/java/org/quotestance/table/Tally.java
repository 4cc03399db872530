package org.quotestance.table;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Quote counts by stance for one row of an aggregate table. */
final class Tally {
  int quotes;
  int support;
  int deny;
  int discuss;
  int unrelated;

  void add(String stance) {
    quotes++;
    switch (stance) {
      case "support" -> support++;
      case "deny" -> deny++;
      case "discuss" -> discuss++;
      default -> unrelated++;
    }
  }

  /** (support − deny) / (support + deny + discuss), 0 when nothing is about the claim. */
  String stanceIndex() {
    int divisor = support + deny + discuss;
    double value = divisor == 0 ? 0 : (double) (support - deny) / divisor;
    return BigDecimal.valueOf(value).setScale(3, RoundingMode.HALF_UP).toPlainString();
  }

  Object[] counts() {
    return new Object[] {quotes, support, deny, discuss, unrelated};
  }
}
