package org.quotestance.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The {@code eval} command: scores a pipeline output directory against a gold JSONL file.
 * <pre>eval --gold=GOLD.jsonl --predicted=OUTPUT_DIR [--texts=DIR] [--affiliations=FILE] [--json] [--speech-only] [--errors]</pre>
 */
public final class EvalCommand {

    public static final int OK = 0;
    public static final int BAD_USAGE = 2;

    static final String USAGE = "usage: eval --gold=GOLD.jsonl --predicted=OUTPUT_DIR"
            + " [--texts=DIR] [--affiliations=FILE] [--json] [--speech-only] [--errors]";
    private static final Set<String> VALUE_OPTIONS = Set.of("gold", "predicted", "texts", "affiliations");
    private static final Set<String> FLAGS = Set.of("json", "speech-only", "errors");

    private EvalCommand() {
    }

    /** @return 0 when scored, 2 on bad arguments or unreadable input (one line on {@code err}) */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        Map<String, String> options;
        try {
            options = parse(args);
        } catch (IllegalArgumentException e) {
            err.println("eval: " + e.getMessage() + "; " + USAGE);
            return BAD_USAGE;
        }
        try {
            Evaluation evaluation = evaluate(options);
            if (options.containsKey("json")) {
                out.println(EvalReport.json(evaluation.scores()));
            } else {
                out.print(EvalReport.text(evaluation.scores()));
                if (options.containsKey("errors")) {
                    out.println();
                    out.print(EvalReport.errors(evaluation));
                }
            }
            out.flush();
            return OK;
        } catch (IOException | UncheckedIOException | IllegalStateException | InvalidPathException e) {
            err.println("eval: " + String.valueOf(e.getMessage()).replaceAll("\\s*\\R\\s*", " "));
            return BAD_USAGE;
        }
    }

    private static Evaluation evaluate(Map<String, String> options) throws IOException {
        Path goldFile = Path.of(options.get("gold"));
        if (!Files.isReadable(goldFile) || Files.isDirectory(goldFile)) {
            throw new IOException("cannot read gold file " + goldFile);
        }
        Path quotesCsv = quotesFile(Path.of(options.get("predicted")));
        ArticleTexts texts = options.containsKey("texts") ? new ArticleTexts(textsDir(options.get("texts"))) : ArticleTexts.none();
        List<GoldQuote> gold = GoldReader.read(goldFile, texts);
        if (options.containsKey("affiliations")) {
            // a gold without affiliations (PolNeAR) gets them from a file of its named speakers
            Path file = Path.of(options.get("affiliations"));
            if (!Files.isReadable(file) || Files.isDirectory(file)) {
                throw new IOException("cannot read affiliations file " + file);
            }
            gold = AffiliationGold.read(file).apply(gold);
        }
        List<PredictedQuote> predicted = PredictionReader.read(quotesCsv);
        boolean speechOnly = options.containsKey("speech-only");
        Predicate<GoldQuote> inScope = speechOnly ? SpeechCues.load()::keeps : g -> true;
        return Scorer.score(gold, predicted, inScope, speechOnly);
    }

    /** --predicted is the output directory; a quotes.csv path is accepted too. */
    private static Path quotesFile(Path predicted) throws IOException {
        Path csv = Files.isDirectory(predicted) ? predicted.resolve("quotes.csv") : predicted;
        if (!Files.isRegularFile(csv) || !Files.isReadable(csv)) {
            throw new IOException("cannot read predictions " + csv);
        }
        return csv;
    }

    /** A glob like {@code texts/*.txt} names the directory it lists. */
    private static Path textsDir(String value) throws IOException {
        Path dir = Path.of(value);
        if (value.contains("*") && dir.getParent() != null) {
            dir = dir.getParent();
        }
        if (!Files.isDirectory(dir)) {
            throw new IOException("--texts is not a directory: " + dir);
        }
        return dir;
    }

    /** Accepts {@code --name=value} options and bare flags; a leading "eval" word is skipped. */
    static Map<String, String> parse(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (i == 0 && arg.equals("eval")) {
                continue;
            }
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument '" + arg + "'");
            }
            int eq = arg.indexOf('=');
            String name = eq < 0 ? arg.substring(2) : arg.substring(2, eq);
            if (VALUE_OPTIONS.contains(name) && eq > 0 && eq < arg.length() - 1) {
                options.put(name, arg.substring(eq + 1));
            } else if (FLAGS.contains(name) && eq < 0) {
                options.put(name, "true");
            } else {
                throw new IllegalArgumentException("bad option '" + arg + "'");
            }
        }
        for (String required : List.of("gold", "predicted")) {
            if (!options.containsKey(required)) {
                throw new IllegalArgumentException("missing --" + required);
            }
        }
        return options;
    }
}
