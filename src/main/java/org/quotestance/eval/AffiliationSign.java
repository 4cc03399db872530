package org.quotestance.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The stance index of one affiliation as the gold gives it and as the run gives it, to check the
 * question the affiliation table answers: which side is each party on. The index is the one of
 * {@code affiliations.csv}: (support − deny) / (support + deny + discuss).
 *
 * <p>Gold: every non-boilerplate gold quote with a stance (ambiguous ones too: the table an
 * analyst would draw by hand counts them). Run: every predicted quote in the gold's articles,
 * found or not, because the run's table counts them all.
 *
 * @param goldClaimQuotes gold quotes of this affiliation that support, deny or discuss
 * @param signRight the predicted index has the gold's sign (−, 0 or +)
 */
public record AffiliationSign(String affiliation, int goldClaimQuotes, double goldIndex,
        int predictedClaimQuotes, double predictedIndex, boolean signRight) {

    /** Affiliations with fewer gold claim quotes are too thin to judge a side. */
    public static final int MIN_CLAIM_QUOTES = 3;

    /** One row per gold affiliation with at least {@link #MIN_CLAIM_QUOTES} claim quotes, by name. */
    static List<AffiliationSign> of(List<GoldQuote> gold, List<PredictedQuote> predicted) {
        Map<String, int[]> goldCounts = new TreeMap<>();
        Map<String, String> displayName = new TreeMap<>();
        for (GoldQuote g : gold) {
            if (g.boilerplate() || g.stance().isEmpty() || !known(g.affiliation())) {
                continue;
            }
            String key = key(g.affiliation());
            displayName.putIfAbsent(key, g.affiliation());
            count(goldCounts.computeIfAbsent(key, k -> new int[3]), g.stance());
        }
        Map<String, int[]> predictedCounts = new TreeMap<>();
        for (PredictedQuote p : predicted) {
            if (known(p.affiliation())) {
                count(predictedCounts.computeIfAbsent(key(p.affiliation()), k -> new int[3]), p.stance());
            }
        }
        List<AffiliationSign> rows = new ArrayList<>();
        goldCounts.forEach((key, counts) -> {
            int claimQuotes = counts[0] + counts[1] + counts[2];
            if (claimQuotes < MIN_CLAIM_QUOTES) {
                return;
            }
            int[] run = predictedCounts.getOrDefault(key, new int[3]);
            double goldIndex = index(counts);
            double runIndex = index(run);
            rows.add(new AffiliationSign(displayName.get(key), claimQuotes, Accuracy.round(goldIndex),
                    run[0] + run[1] + run[2], Accuracy.round(runIndex), Math.signum(goldIndex) == Math.signum(runIndex)));
        });
        return rows;
    }

    private static boolean known(String affiliation) {
        return !affiliation.isBlank() && !affiliation.equals(GoldQuote.NOT_ANNOTATED)
                && !affiliation.equalsIgnoreCase("unknown");
    }

    private static String key(String affiliation) {
        return affiliation.strip().toLowerCase(Locale.ROOT);
    }

    /** counts: {support, deny, discuss}; unrelated and other labels are not claim quotes. */
    private static void count(int[] counts, String stance) {
        switch (stance) {
            case "support" -> counts[0]++;
            case "deny" -> counts[1]++;
            case "discuss" -> counts[2]++;
            default -> { }
        }
    }

    private static double index(int[] counts) {
        int claimQuotes = counts[0] + counts[1] + counts[2];
        return claimQuotes == 0 ? 0.0 : (double) (counts[0] - counts[1]) / claimQuotes;
    }
}
