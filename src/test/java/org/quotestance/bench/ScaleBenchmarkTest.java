package org.quotestance.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("unit")
class ScaleBenchmarkTest {
  @Test
  void optionsAndDefaults() {
    ScaleBenchmark.Options d = ScaleBenchmark.parse(List.of("--scale"));
    assertEquals(List.of(1000, 3000, 10000), d.sizes());
    assertEquals(List.of("DirectRunner", "FlinkRunner"), d.runners());
    assertEquals(2, d.parallelism());
    ScaleBenchmark.Options o = ScaleBenchmark.parse(List.of("--scale", "--sizes=20,40", "--runners=FlinkRunner",
        "--parallelism=3", "--input=x/*.txt"));
    assertEquals(List.of(20, 40), o.sizes());
    assertEquals(List.of("FlinkRunner"), o.runners());
    assertEquals(3, o.parallelism());
    assertEquals("x/*.txt", o.input());
    assertNull(ScaleBenchmark.parse(List.of("--help")));
    assertThrows(IllegalArgumentException.class, () -> ScaleBenchmark.parse(List.of("--runners=SparkRunner")));
    assertThrows(IllegalArgumentException.class, () -> ScaleBenchmark.parse(List.of("--sizes=0")));
  }

  @Test
  void aCorpusLargerThanTheInputIsMadeOfRenamedCopies(@TempDir Path dir) throws Exception {
    Path a = Files.writeString(dir.resolve("a.txt"), "one two");
    Path b = Files.writeString(dir.resolve("b.txt"), "three");
    List<Corpus.Article> seven = ScaleBenchmark.ofSize(List.of(a, b), 7);
    assertEquals(List.of("a.txt", "b.txt", "c1_a.txt", "c1_b.txt", "c2_a.txt", "c2_b.txt", "c3_a.txt"),
        seven.stream().map(Corpus.Article::name).toList());
    assertEquals(11, Corpus.tokens(seven)); // a 2, b 1: 2+1+2+1+2+1+2
    assertEquals(List.of("a.txt"), ScaleBenchmark.ofSize(List.of(a, b), 1).stream().map(Corpus.Article::name).toList());
  }
}
