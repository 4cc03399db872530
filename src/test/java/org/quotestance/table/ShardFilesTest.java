package org.quotestance.table;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.ResolveOptions.StandardResolveOptions;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("unit")
class ShardFilesTest {
  @Test
  void runsInAnySplitMergeToTheSortedFile(@TempDir Path dir) throws Exception {
    Random random = new Random(15);
    List<ShardRow> rows = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      String id = "art" + random.nextInt(40);
      int start = random.nextInt(3000);
      rows.add(new ShardRow("quotes.csv", SortKey.of(id, SortKey.number(start), "q" + i), id + "," + start + ",\"a\nb\"\n", i + "\n"));
    }
    List<ShardRow> sorted = new ArrayList<>(rows);
    sorted.sort(java.util.Comparator.comparing(ShardRow::key));
    Collections.shuffle(rows, random);
    ResourceId out = FileSystems.matchNewResource(dir + "/", true);
    List<ResourceId> runs = new ArrayList<>();
    int from = 0;
    for (int size : new int[] {0, 1, 7, 150, 342}) {
      ResourceId run = out.resolve("run" + runs.size(), StandardResolveOptions.RESOLVE_FILE);
      ShardFiles.writeRun(run, new ArrayList<>(rows.subList(from, from + size)));
      runs.add(run);
      from += size;
    }
    assertEquals(500, from);
    ShardFiles.merge(out, runs, "quotes.csv", "h\n", "quotes.jsonl");
    StringBuilder csv = new StringBuilder("h\n");
    StringBuilder json = new StringBuilder();
    sorted.forEach(r -> {
      csv.append(r.csv());
      json.append(r.json());
    });
    assertEquals(csv.toString(), Files.readString(dir.resolve("quotes.csv")));
    assertEquals(json.toString(), Files.readString(dir.resolve("quotes.jsonl")));
  }

  @Test
  void keysSortLikeThePartsTheyAreMadeOf() {
    Random random = new Random(7);
    String[] words = {"", "a", "ab", "a\u0000", "a\u0000b", "b", "\u0000", "Z", "é"};
    List<Object[]> tuples = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      tuples.add(new Object[] {words[random.nextInt(words.length)], random.nextInt(2001) - 1000,
          words[random.nextInt(words.length)]});
    }
    java.util.Comparator<Object[]> byParts = java.util.Comparator.<Object[], String>comparing(t -> (String) t[0])
        .thenComparingInt(t -> (Integer) t[1]).thenComparing(t -> (String) t[2]);
    for (Object[] x : tuples) {
      String kx = SortKey.of((String) x[0], SortKey.number((Integer) x[1]), (String) x[2]);
      assertEquals(List.of((String) x[0], SortKey.number((Integer) x[1]), (String) x[2]), SortKey.parts(kx));
      for (Object[] y : tuples) {
        String ky = SortKey.of((String) y[0], SortKey.number((Integer) y[1]), (String) y[2]);
        assertEquals(Integer.signum(byParts.compare(x, y)), Integer.signum(kx.compareTo(ky)));
      }
    }
  }
}
