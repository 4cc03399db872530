package org.quotestance.table;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/** Quote counts by stance for one row of an aggregate table. */
final class Tally {
  /** The two-sided 95% normal quantile. */
  private static final double Z = 1.959963984540054;

  int quotes;
  int support;
  int deny;
  int discuss;
  int unrelated;
  /**
   * For a combiner: the smallest {@link SortKey} offered ({@code ""} for none) and the value that came
   * with it (speakers.csv's affiliation is the one of the speaker's first quote that has one).
   */
  String firstKey = "";
  String firstValue = "";

  void add(String stance) {
    quotes++;
    switch (stance) {
      case "support" -> support++;
      case "deny" -> deny++;
      case "discuss" -> discuss++;
      default -> unrelated++;
    }
  }

  /** Keeps {@code value} if {@code key} comes before every key offered so far. */
  void offerFirst(String key, String value) {
    if (!key.isEmpty() && (firstKey.isEmpty() || key.compareTo(firstKey) < 0)) {
      firstKey = key;
      firstValue = value;
    }
  }

  /** Adds another tally's counts and first value into this one (a combiner's merge). */
  Tally merge(Tally other) {
    quotes += other.quotes;
    support += other.support;
    deny += other.deny;
    discuss += other.discuss;
    unrelated += other.unrelated;
    offerFirst(other.firstKey, other.firstValue);
    return this;
  }

  /** Quotes about the claim: support + deny + discuss, the stance index's sample size. */
  int claimQuotes() {
    return support + deny + discuss;
  }

  /** (support − deny) / claim_quotes to 3 decimals; null (an empty cell) when no quote is about the claim. */
  BigDecimal stanceIndex() {
    int n = claimQuotes();
    return n == 0 ? null : round((double) (support - deny) / n);
  }

  /**
   * A 95% interval for the stance index, {low, high}, or nulls when no quote is about the claim.
   * Each claim quote scores +1 (support), 0 (discuss) or −1 (deny); rescaled to [0, 1] the index is
   * a mean m of bounded values, whose variance is at most m(1 − m). With that bound the Wilson
   * score interval applies as for a proportion: analytic, deterministic, inside [−1, 1], and wide
   * when there are few quotes (1 support out of 1 gives −0.587 … 1.000).
   */
  BigDecimal[] interval() {
    int n = claimQuotes();
    if (n == 0) {
      return new BigDecimal[] {null, null};
    }
    double p = ((double) (support - deny) / n + 1) / 2;
    double z2 = Z * Z;
    double centre = (p + z2 / (2.0 * n)) / (1 + z2 / n);
    double half = Z / (1 + z2 / n) * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n));
    double low = Math.max(-1, 2 * (centre - half) - 1);
    double high = Math.min(1, 2 * (centre + half) - 1);
    return new BigDecimal[] {round(low), round(high)};
  }

  private static BigDecimal round(double value) {
    return BigDecimal.valueOf(value).setScale(3, RoundingMode.HALF_UP);
  }

  /** quotes, support, deny, discuss, unrelated. */
  List<Object> counts() {
    return List.of(quotes, support, deny, discuss, unrelated);
  }

  /** The cells after the counts: stance_index, claim_quotes and, if asked, stance_low, stance_high. */
  List<Object> stanceCells(boolean withInterval) {
    List<Object> cells = new ArrayList<>();
    cells.add(orEmpty(stanceIndex()));
    cells.add(claimQuotes());
    if (withInterval) {
      BigDecimal[] ci = interval();
      cells.add(orEmpty(ci[0]));
      cells.add(orEmpty(ci[1]));
    }
    return cells;
  }

  private static Object orEmpty(BigDecimal d) {
    return d == null ? "" : d;
  }
}
