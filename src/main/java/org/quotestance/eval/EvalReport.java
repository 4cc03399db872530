package org.quotestance.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/** Renders {@link Scores} as a plain-text report or as one JSON object (snake_case keys). */
public final class EvalReport {

    /** Error lists are for reading, not exhaustive dumps. */
    static final int MAX_ERROR_LINES = 40;

    private static final ObjectMapper JSON = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);

    private EvalReport() {
    }

    /** One line of JSON, so scripts can read it as a single record. */
    public static String json(Scores scores) {
        try {
            return JSON.writeValueAsString(scores);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise scores", e); // records of plain values: cannot happen
        }
    }

    public static String text(Scores s) {
        StringBuilder out = new StringBuilder();
        Scores.GoldCounts g = s.gold();
        line(out, "Gold quotes: %d (%d boilerplate, %d required)%s%s", g.total(), g.boilerplate(), g.required(),
                s.speechOnly() ? String.format(Locale.ROOT, ", %d non-speech excluded", g.excludedNonSpeech()) : "",
                g.duplicatesCollapsed() > 0
                        ? String.format(Locale.ROOT, "; %d repeated spans (same article, start, end) counted once", g.duplicatesCollapsed())
                        : "");
        line(out, "Predictions scored: %d (%d outside gold articles, %d ignored as non-speech)",
                s.predictions(), s.predictionsOutsideGold(), s.ignoredNonSpeech());
        line(out, "Boilerplate reported: %d", s.boilerplateReported());
        line(out, "");
        line(out, "%-10s %-22s %-22s %s", "quotes", "precision", "recall", "F1");
        prf(out, "all", s.quotes());
        s.byKind().forEach((kind, prf) -> prf(out, kind, prf));
        line(out, "(recall by gold kind, precision by predicted kind)");
        line(out, "");
        ratio(out, "Kind accuracy (matched)", s.kindAccuracy());
        ratio(out, "Speaker accuracy (matched)", s.speakerAccuracy());
        ratio(out, "Affiliation accuracy (matched)", s.affiliationAccuracy());
        ratio(out, "Affiliation coverage (named speaker)", s.affiliationCoverage());
        line(out, "");
        stance(out, s.stance());
        calibration(out, s.calibration());
        if (s.endToEnd().total() > 0) {
            ratio(out, "End-to-end (found, speaker, stance)", s.endToEnd());
        }
        affiliationSigns(out, s.affiliationSigns());
        return out.toString();
    }

    /** Missed required gold quotes and unmatched predictions, for error analysis. */
    public static String errors(Evaluation evaluation) {
        StringBuilder out = new StringBuilder();
        list(out, "Missed required gold quotes", evaluation.missedRequired(),
                q -> describe(q.article(), q.start(), q.end(), q.kind(), q.text()));
        list(out, "Unmatched predictions", evaluation.unmatched(),
                q -> describe(q.article(), q.start(), q.end(), q.kind(), q.text()));
        list(out, "Predictions of boilerplate", evaluation.boilerplateReported(),
                q -> describe(q.article(), q.start(), q.end(), q.kind(), q.text()));
        list(out, "Wrong speakers (gold | predicted speaker / mention)", evaluation.speakerMismatches(),
                m -> describe(m.gold().article(), m.gold().start(), m.gold().end(), m.gold().kind(), m.gold().text())
                        + "\n      " + m.gold().speaker() + " | " + m.predicted().speaker() + " / " + m.predicted().speakerMention());
        list(out, "Wrong stances (gold | predicted, confidence)", evaluation.stanceMismatches(),
                m -> describe(m.gold().article(), m.gold().start(), m.gold().end(), m.gold().kind(), m.gold().text())
                        + "\n      " + m.gold().stance() + " | " + m.predicted().stance()
                        + String.format(Locale.ROOT, " %.2f", m.predicted().confidence()));
        return out.toString();
    }

    private static void affiliationSigns(StringBuilder out, List<AffiliationSign> signs) {
        if (signs.isEmpty()) {
            return;
        }
        long right = signs.stream().filter(AffiliationSign::signRight).count();
        line(out, "Affiliation stance index (gold affiliations with >= %d claim quotes): sign right %d/%d",
                AffiliationSign.MIN_CLAIM_QUOTES, right, signs.size());
        line(out, "  %-32s %6s %8s %6s %8s %s", "affiliation", "gold n", "gold", "run n", "run", "sign");
        for (AffiliationSign a : signs) {
            line(out, "  %-32s %6d %+8.3f %6d %+8.3f %s", a.affiliation(), a.goldClaimQuotes(), a.goldIndex(),
                    a.predictedClaimQuotes(), a.predictedIndex(), a.signRight() ? "right" : "WRONG");
        }
    }

    private static void stance(StringBuilder out, StanceScores st) {
        line(out, "Stance (matched, non-ambiguous, n=%d): accuracy %.4f (%d/%d), macro-F1 %.4f",
                st.total(), st.accuracy(), st.correct(), st.total(), st.macroF1());
        line(out, "  %-8s %9s %9s %9s %6s %9s", "class", "precision", "recall", "F1", "gold", "predicted");
        for (Map.Entry<String, StanceScores.ClassScores> e : st.perClass().entrySet()) {
            StanceScores.ClassScores c = e.getValue();
            line(out, "  %-8s %9.4f %9.4f %9.4f %6d %9d", e.getKey(), c.precision(), c.recall(), c.f1(),
                    c.gold(), c.predicted());
        }
        line(out, "  confusion (rows gold, columns predicted):");
        line(out, "  %-8s %8s %8s %8s", "", st.labels().get(0), st.labels().get(1), st.labels().get(2));
        for (int r = 0; r < st.labels().size(); r++) {
            int[] row = st.confusion()[r];
            line(out, "  %-8s %8d %8d %8d", st.labels().get(r), row[0], row[1], row[2]);
        }
    }

    private static void calibration(StringBuilder out, Calibration c) {
        line(out, "Stance reliability (support/deny/other correct, by predicted confidence):");
        line(out, "  %-11s %6s %9s", "confidence", "n", "accuracy");
        for (Calibration.Bin b : c.bins()) {
            line(out, "  %-11s %6d %9s", b.range(), b.n(), b.n() == 0 ? "-" : String.format(Locale.ROOT, "%.4f", b.accuracy()));
        }
        line(out, "  %-11s %6d %9s", ">= 0.8", c.atLeast08().n(),
                c.atLeast08().n() == 0 ? "-" : String.format(Locale.ROOT, "%.4f", c.atLeast08().accuracy()));
    }

    private static void prf(StringBuilder out, String label, Prf prf) {
        line(out, "%-10s %-22s %-22s %.4f", label, cell(prf.precision(), prf.correctPredictions(), prf.predictions()),
                cell(prf.recall(), prf.matchedGold(), prf.gold()), prf.f1());
    }

    private static void ratio(StringBuilder out, String label, Accuracy a) {
        line(out, "%-31s %s", label, cell(a.accuracy(), a.correct(), a.total()));
    }

    private static String cell(double rate, int correct, int total) {
        return String.format(Locale.ROOT, "%.4f (%d/%d)", rate, correct, total);
    }

    private static <T> void list(StringBuilder out, String title, List<T> items, Function<T, String> describe) {
        line(out, "%s: %d", title, items.size());
        items.stream().limit(MAX_ERROR_LINES).forEach(item -> line(out, "  %s", describe.apply(item)));
        if (items.size() > MAX_ERROR_LINES) {
            line(out, "  ... %d more", items.size() - MAX_ERROR_LINES);
        }
    }

    private static String describe(String article, int start, int end, String kind, String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        String shown = flat.codePointCount(0, flat.length()) > 80
                ? flat.substring(0, flat.offsetByCodePoints(0, 80)) + "..." : flat;
        return String.format(Locale.ROOT, "%s [%d,%d) %-8s %s", article, start, end, kind, shown);
    }

    private static void line(StringBuilder out, String format, Object... args) {
        out.append(String.format(Locale.ROOT, format, args)).append('\n');
    }
}
