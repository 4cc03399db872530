package org.quotestance.stance;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.quotestance.speaker.Speaker;

/**
 * Developer tool, not a test: prints the stance of each line of a file, written as in
 * {@link ClaimReaderTest} ("Kaya said ⟦…⟧."). A line "# claim FILE" switches the claim, "# side
 * target|other|none" the speaker's side (target: speaks for the target), "# cue LEMMA" the cue, "# kind partial|direct|indirect|auto" the quote's kind.
 * Usage: StanceProbe LINES_FILE
 */
public final class StanceProbe {
  private StanceProbe() {}

  public static void main(String[] args) throws Exception {
    List<String> lines = Files.readAllLines(Path.of(args[0]));
    String claimFile = "pipelines/turkey-daesh-oil.json";
    StanceClassifier classifier = new StanceClassifier(Claim.parse(Files.readAllBytes(Path.of(claimFile))));
    String targetAffiliation = "Turkey";
    Speaker speaker = new Speaker("Jane Roe", "Roe", "Turkey");
    String cue = "say";
    org.quotestance.quote.QuoteSpan.Kind kind = null;
    for (String line : lines) {
      if (line.startsWith("# kind ")) {
        String k = line.substring(7).strip();
        kind = k.equals("auto") ? null : org.quotestance.quote.QuoteSpan.Kind.valueOf(k.toUpperCase(java.util.Locale.ROOT));
        continue;
      }
      if (line.startsWith("# claim ")) {
        claimFile = line.substring(8).strip();
        classifier = new StanceClassifier(Claim.parse(Files.readAllBytes(Path.of(claimFile))));
        targetAffiliation = claimFile.contains("clinton") ? "Clinton campaign" : "Turkey";
        continue;
      }
      if (line.startsWith("# side ")) {
        String side = line.substring(7).strip();
        speaker = new Speaker("Jane Roe", "Roe", side.equals("target") ? targetAffiliation : side.equals("other") ? "Russia" : "");
        continue;
      }
      if (line.startsWith("# cue ")) {
        cue = line.substring(6).strip();
        continue;
      }
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      if (System.getenv("PROBE_PARSE") != null) {
        org.quotestance.nlp.ParsedText doc = org.quotestance.nlp.NlpAnnotator.annotate(line.replace("⟦", "").replace("⟧", ""));
        for (org.quotestance.nlp.Sentence sentence : doc.sentences()) {
          for (org.quotestance.nlp.Token t : sentence.tokens()) {
            System.out.printf("  %d %s/%s %s<-%d %s%n", t.index(), t.word(), t.pos(), t.relation(), t.head(), t.ner());
          }
        }
      }
      Stance s = ClaimReaderTest.classify(classifier, line, cue, speaker, true, kind);
      System.out.printf("%-9s %.2f  %s%n          %s%n", s.label(), s.confidence(), line, s.evidence());
    }
  }
}
