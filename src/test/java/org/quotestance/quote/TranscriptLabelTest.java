package org.quotestance.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class TranscriptLabelTest {
  @Test
  void upperCaseLabelBecomesTitleCase() {
    assertEquals("Moderator", TranscriptLabel.of("MODERATOR: Welcome back to the debate.", 0));
  }

  @Test
  void namedLabelIsKeptAsWritten() {
    String text = "x Sen. Ruth Alvarez: We will vote no.";
    assertEquals("Sen. Ruth Alvarez", TranscriptLabel.of(text, 2));
  }

  @Test
  void ordinarySentenceWithColonLaterIsNoLabel() {
    assertNull(TranscriptLabel.of("The plan has three parts: taxes, roads and schools.", 0));
    assertNull(TranscriptLabel.of("we said: no", 0));
  }
}
