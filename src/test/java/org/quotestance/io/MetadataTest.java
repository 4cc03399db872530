package org.quotestance.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("unit")
class MetadataTest {
  private static final String CSV = "file,outlet,title,url,published\n"
      + "a.txt,Harbour Gazette,\"Bridge opens, at last\",https://example.org/a,2015-12-02\n"
      + "b,Valley Times,,,2015-12-03T10:00:00Z\n";

  @Test
  void fillsWhatATextFileCannotSayByFileNameOrId() {
    Metadata m = Metadata.parse("in/metadata.csv", CSV);
    Article a = m.apply(Article.ofText("a", "in/a.txt", "text"));
    assertEquals(new Article("a", "in/a.txt", "Bridge opens, at last", "Harbour Gazette", "https://example.org/a",
        "2015-12-02", "text"), a);
    // keyed by the name without extension, and through gzip
    Article b = m.apply(Article.ofText("b", "in/b.txt.gz", "text"));
    assertEquals("Valley Times", b.outlet());
    assertEquals("", b.title());
    assertEquals("2015-12-03T10:00:00Z", b.published());
    Article c = Article.ofText("c", "in/c.txt", "text");
    assertEquals(c, m.apply(c));
  }

  @Test
  void theArticlesOwnFieldsWin() {
    Metadata m = Metadata.parse("in/metadata.csv", "file,outlet,published\nfeed.jsonl,Default Outlet,2015-01-01\n");
    Article own = new Article("x", "in/feed.jsonl", "T", "Own Outlet", "", "", "text");
    Article filled = m.apply(own);
    assertEquals("Own Outlet", filled.outlet());
    assertEquals("2015-01-01", filled.published());
  }

  @Test
  void aWrongHeaderOrARepeatedFileIsAnErrorThatSaysWhere() {
    IllegalArgumentException noFile = assertThrows(IllegalArgumentException.class,
        () -> Metadata.parse("in/metadata.csv", "name,outlet\na.txt,X\n"));
    assertTrue(noFile.getMessage().contains("no \"file\" column"), noFile.getMessage());
    IllegalArgumentException typo = assertThrows(IllegalArgumentException.class,
        () -> Metadata.parse("in/metadata.csv", "file,date\na.txt,2015-01-01\n"));
    assertTrue(typo.getMessage().contains("unknown column \"date\""), typo.getMessage());
    IllegalArgumentException twice = assertThrows(IllegalArgumentException.class,
        () -> Metadata.parse("in/metadata.csv", "file,outlet\na.txt,X\na.txt,Y\n"));
    assertTrue(twice.getMessage().contains("line 2: a.txt is listed twice"), twice.getMessage());
  }

  @Test
  void foundBesidesTheInputFile(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("metadata.csv"), CSV);
    assertEquals(2, Metadata.besides(dir.resolve("a.txt").toString()).size());
    Path other = Files.createDirectory(dir.resolve("other"));
    assertEquals(Metadata.NONE, Metadata.besides(other.resolve("a.txt").toString()));
  }

  @Test
  void aFolderMeansTheArticleFilesInIt(@TempDir Path dir) {
    assertEquals(List.of(dir + "/*.txt", dir + "/*.txt.gz", dir + "/*.jsonl", dir + "/*.jsonl.gz", dir + "/*.ndjson",
        dir + "/*.ndjson.gz", "x/*.txt"), InputPatterns.of(dir + "/, x/*.txt"));
    assertEquals(List.of(dir + "/*.txt"), InputPatterns.of(dir.toString()).subList(0, 1));
    assertEquals(List.of("missing-dir"), InputPatterns.of("missing-dir"));
  }
}
