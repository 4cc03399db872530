package org.quotestance.stance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.quotestance.nlp.ParsedText;
import org.quotestance.nlp.Sentence;

/** The per-article memo of a sentence's term marks: computed once, handed out as copies, never across articles. */
@Tag("unit")
class SentenceMarksTest {
  private static final Sentence FIRST = new Sentence(0, 0, List.of());
  private static final Sentence SECOND = new Sentence(1, 0, List.of());

  @Test
  void marksAreComputedOncePerSentenceAndListAndCopied() {
    ParsedText doc = new ParsedText("", List.of(FIRST, SECOND));
    Object list = new Object();
    AtomicInteger computed = new AtomicInteger();
    boolean[] marks = SentenceMarks.of(doc, FIRST, list, () -> {
      computed.incrementAndGet();
      return new boolean[] {true, false};
    });
    marks[1] = true; // the caller's copy: a reading ORs other lists into it
    boolean[] again = SentenceMarks.of(doc, FIRST, list, () -> {
      computed.incrementAndGet();
      return new boolean[] {false, false};
    });
    assertEquals(1, computed.get());
    assertArrayEquals(new boolean[] {true, false}, again);
    // another sentence, another list: computed again
    SentenceMarks.of(doc, SECOND, list, () -> new boolean[] {computed.incrementAndGet() > 0});
    SentenceMarks.of(doc, FIRST, new Object(), () -> new boolean[] {computed.incrementAndGet() > 0});
    assertEquals(3, computed.get());
  }

  @Test
  void anEqualSentenceOfAnotherArticleIsMarkedAgain() {
    Object list = new Object();
    ParsedText one = new ParsedText("", List.of(FIRST));
    ParsedText other = new ParsedText("", List.of(new Sentence(0, 0, List.of())));
    assertArrayEquals(new boolean[] {true}, SentenceMarks.of(one, FIRST, list, () -> new boolean[] {true}));
    // equal by value, but another article's sentence: its own marks
    assertArrayEquals(new boolean[] {false},
        SentenceMarks.of(other, other.sentences().get(0), list, () -> new boolean[] {false}));
    // and the first article read again starts afresh
    assertArrayEquals(new boolean[] {false}, SentenceMarks.of(one, FIRST, list, () -> new boolean[] {false}));
  }
}
