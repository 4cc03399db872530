package org.quotestance.speaker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The role-title and demonym resource (affiliations.tsv). */
@Tag("unit")
class AffiliationsTest {
  private final Affiliations affiliations = Affiliations.get();

  @Test
  void titlesAreDroppedFromTheFrontOfANameOnly() {
    assertEquals("Sergei Rudenko", affiliations.withoutTitles("Lt-Gen Sergei Rudenko"));
    assertEquals("Anna Moreau", affiliations.withoutTitles("Capt. Anna Moreau"));
    assertEquals("Moreau", affiliations.withoutTitles("Mr Moreau"));
    assertEquals("Capt", affiliations.withoutTitles("Capt")); // a name is never emptied
    assertEquals("Anna Moreau Capt", affiliations.withoutTitles("Anna Moreau Capt"));
  }

  @Test
  void demonymsAndPossessivesNameTheCountry() {
    assertEquals("United Kingdom", affiliations.countryOf("British"));
    assertEquals("United States", affiliations.countryOf("U.S."));
    assertEquals("Israel", affiliations.countryOf("Israeli"));
    assertEquals("Russia", affiliations.countryOf("Russia's"));
    assertEquals("Russia", affiliations.countryOf("RUSSIA’s"));
    assertNull(affiliations.countryOf("minister"));
  }

  @Test
  void seatsOfGovernmentAreFoundInsideATitle() {
    assertEquals("United States", affiliations.seatCountryIn(List.of("State", "Department", "spokesman")));
    assertEquals("Russia", affiliations.seatCountryIn(List.of("the", "Kremlin")));
    assertNull(affiliations.seatCountryIn(List.of("State", "spokesman")));
  }

  @Test
  void aliasesAndRoles() {
    assertEquals("European Union", affiliations.expandAlias("EU"));
    assertEquals("Thames Water", affiliations.expandAlias("Thames Water"));
    assertTrue(affiliations.isRole("boss"));
    assertEquals("Democratic Party", affiliations.expandAlias("DNC"));
    assertEquals("Republican Party", affiliations.partyOf("GOP"));
    assertNull(affiliations.partyOf("Senate"));
  }

  @Test
  void aBodysNameIsSpelledOneWay() {
    assertEquals("Norwegian Defense Ministry", affiliations.canonicalBody("Norwegian defence ministry"));
    assertEquals("Norwegian Defense Ministry", affiliations.canonicalBody("Norwegian MoD"));
    assertEquals("Norwegian Defense Ministry", affiliations.canonicalBody("Norwegian Ministry of Defence"));
    assertEquals("Danish Foreign Ministry", affiliations.canonicalBody("Danish MFA"));
    assertEquals("Finnish Environment Ministry", affiliations.canonicalBody("Finnish Ministry of Environment"));
    assertTrue(affiliations.isBodyName("Norwegian MoD"));
    assertTrue(!affiliations.isBodyName("Norwegian generals"));
  }
}
