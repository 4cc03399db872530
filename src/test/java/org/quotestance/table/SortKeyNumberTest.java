package org.quotestance.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class SortKeyNumberTest {
  @Test
  void numbersAreTenDigitsThatSortAsTheNumbersDo() {
    List<Integer> ascending = List.of(Integer.MIN_VALUE, -1_000_000, -1, 0, 1, 9, 10, 4_321, Integer.MAX_VALUE);
    assertEquals("0000000000", SortKey.number(Integer.MIN_VALUE));
    assertEquals("2147483648", SortKey.number(0));
    assertEquals("4294967295", SortKey.number(Integer.MAX_VALUE));
    for (int i = 0; i + 1 < ascending.size(); i++) {
      String a = SortKey.number(ascending.get(i));
      String b = SortKey.number(ascending.get(i + 1));
      assertEquals(10, a.length(), a);
      assertTrue(a.compareTo(b) < 0, a + " before " + b);
    }
  }
}
