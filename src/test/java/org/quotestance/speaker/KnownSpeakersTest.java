package org.quotestance.speaker;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class KnownSpeakersTest {
  private final KnownSpeakers known = new KnownSpeakers(List.of(
      new KnownSpeakers.Entry("Jan Kowalczyk Nowak", "Poland", List.of("Janek Nowak")),
      new KnownSpeakers.Entry("Marta Lind", "Sweden", List.of())));

  @Test
  void theListedNameAndItsShortFormsTakeTheListedAffiliation() {
    assertEquals("Poland", known.affiliationOf("Jan Kowalczyk Nowak"));
    assertEquals("Poland", known.affiliationOf("Nowak"));
    assertEquals("Poland", known.affiliationOf("Jan Nowak"));
    assertEquals("Jan Kowalczyk Nowak", known.canonical("Nowak"));
  }

  @Test
  void accentsAndCaseAreFolded() {
    assertEquals("Poland", known.affiliationOf("JAN NOWÁK"));
    assertEquals("Sweden", known.affiliationOf("Märta Lind"));
  }

  @Test
  void anotherPersonWithTheSameSurnameIsNotTheListedOne() {
    assertEquals("", known.affiliationOf("Piotr Nowak"));
    assertEquals("Piotr Nowak", known.canonical("Piotr Nowak"));
    assertEquals("", known.affiliationOf("Jan Kowalczyk"), "a surname must agree");
  }

  @Test
  void aliasesMatchWithTheirShortForms() {
    assertEquals("Poland", known.affiliationOf("Janek Nowak"));
    assertEquals("Jan Kowalczyk Nowak", known.canonical("Janek Nowak"));
  }
}
