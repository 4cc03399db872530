package org.quotestance.speaker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.quotestance.config.ConfigException;

/**
 * The two tab-separated language resources are read strictly: in affiliations.tsv a misspelt kind
 * (its "key"), a line without the fields its kind needs and a gender other than male or female;
 * in capitals.tsv a line that is not a capital and a country. Each is one line naming the file and
 * the line, which the command line turns into exit 2 before any work ({@code Preflight}).
 */
@Tag("unit")
class ListResourcesTest {
  private static final Path AFFILIATIONS = Path.of("src/main/resources/quote-stance/affiliations.tsv");
  private static final Path CAPITALS = Path.of("src/main/resources/quote-stance/capitals.tsv");

  private static String problem(String text) {
    return assertThrows(ConfigException.class, () -> new Affiliations(Countries.get(), "affiliations.tsv", text))
        .getMessage();
  }

  @Test
  void theShippedListsLoad() throws IOException {
    new Affiliations(Countries.get(), "affiliations.tsv", Files.readString(AFFILIATIONS));
    assertEquals("Turkey", Countries.capitals("capitals.tsv", Files.readString(CAPITALS)).get("ankara"));
  }

  @Test
  void everyKindMisspeltIsNamedWithItsLine() throws IOException {
    List<String> lines = Files.readAllLines(AFFILIATIONS);
    Map<String, Integer> firstLineOfKind = new LinkedHashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      if (!lines.get(i).isBlank() && !lines.get(i).startsWith("#")) {
        firstLineOfKind.putIfAbsent(lines.get(i).split("\t")[0], i);
      }
    }
    assertTrue(firstLineOfKind.size() >= 17, firstLineOfKind.keySet().toString());
    for (Map.Entry<String, Integer> kind : firstLineOfKind.entrySet()) {
      String misspelt = kind.getKey().substring(0, kind.getKey().length() - 1); // "seat" -> "sea"
      List<String> copy = new java.util.ArrayList<>(lines);
      copy.set(kind.getValue(), misspelt + copy.get(kind.getValue()).substring(kind.getKey().length()));
      String message = problem(String.join("\n", copy) + "\n");
      assertTrue(message.startsWith("affiliations.tsv: line " + (kind.getValue() + 1) + ": unknown kind \"" + misspelt
          + "\" (known kinds: "), message);
      assertTrue(message.contains(kind.getKey()), message);
      assertEquals(1, message.lines().count(), message);
    }
  }

  @Test
  void aLineWithoutTheFieldsOfItsKindIsNamed() {
    assertEquals("affiliations.tsv: line 2: kind \"seat\" takes words and a value, separated by tabs; the line has "
        + "1 field after the kind", problem("# a comment\nseat\tKremlin\n"));
    assertTrue(problem("seat Kremlin Russia\n").startsWith("affiliations.tsv: line 1: unknown kind \"seat Kremlin Russia\""),
        "spaces are not tabs");
    assertEquals("affiliations.tsv: line 1: kind \"role\" takes words only, separated by tabs; the line has "
        + "2 fields after the kind", problem("role\tboss\tchief\n"), "a value no one reads");
    assertEquals("affiliations.tsv: line 1: kind \"title\" takes words and an optional value, separated by tabs; "
        + "the line has 3 fields after the kind", problem("title\tGen\tgeneral\textra\n"));
    assertEquals("affiliations.tsv: line 1: kind \"role\" takes words only, separated by tabs; the line has "
        + "1 field after the kind", problem("role\t \n"), "no words");
  }

  @Test
  void aTitleGenderIsMaleOrFemale() {
    assertEquals("affiliations.tsv: line 1: title-gender \"Ms\" is \"femal\", not male or female",
        problem("title-gender\tMs\tfemal\n"));
    Affiliations ok = new Affiliations(Countries.get(), "affiliations.tsv", "title-gender\tMs\tFemale\n");
    assertEquals("FEMALE", ok.genderOfTitle("Ms"));
  }

  @Test
  void aCapitalWithoutItsCountryIsNamed() {
    ConfigException e = assertThrows(ConfigException.class,
        () -> Countries.capitals("capitals.tsv", "# capital, country\nAnkara\tTurkey\nAtlantis\n"));
    assertEquals("capitals.tsv: line 3: \"Atlantis\" is not a capital and its country separated by a tab (1 field)",
        e.getMessage());
    assertThrows(ConfigException.class, () -> Countries.capitals("capitals.tsv", "Ankara\tTurkey\tTR\n"));
    assertThrows(ConfigException.class, () -> Countries.capitals("capitals.tsv", "Ankara Turkey\n"));
  }
}
