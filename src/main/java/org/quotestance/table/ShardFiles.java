package org.quotestance.table;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.beam.sdk.util.MimeTypes;

/**
 * An external merge sort for the output files, so that no worker holds a whole table: a writer
 * sorts at most {@link #RUN_ROWS} rows at a time and writes them as a sorted run file; the merge
 * reads every run of a table at once, a row at a time, and writes the rows in key order under the
 * header. The result is the same bytes whichever worker wrote which run. A run file is a sequence
 * of (key, csv, json) strings, each as a length and its UTF-8 bytes.
 */
public final class ShardFiles {
  /** Rows a writer sorts in memory before it writes a run: a few tens of MB of quotes. */
  static final int RUN_ROWS = 20_000;

  private ShardFiles() {}

  /** Sorts {@code rows} by key and writes them as one run file. */
  static void writeRun(ResourceId file, List<ShardRow> rows) throws IOException {
    rows.sort(Comparator.comparing(ShardRow::key));
    try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(
        Channels.newOutputStream(FileSystems.create(file, MimeTypes.BINARY)), 1 << 16))) {
      for (ShardRow r : rows) {
        string(out, r.key());
        string(out, r.csv());
        string(out, r.json());
      }
    }
  }

  /**
   * Merges sorted runs into {@code csvName} (after {@code header}) and, when {@code jsonName} is not
   * null, their json lines into it. Rows with equal keys are equal rows (a key is the whole order),
   * so their order among runs does not show.
   */
  static void merge(ResourceId dir, List<ResourceId> runs, String csvName, String header, String jsonName)
      throws IOException {
    List<RunReader> readers = new ArrayList<>();
    PriorityQueue<RunReader> queue = new PriorityQueue<>(Comparator.comparing((RunReader r) -> r.key)
        .thenComparingInt(r -> r.index));
    try (Writer csv = TableWriter.open(dir, csvName); Writer json = jsonName == null ? null : TableWriter.open(dir, jsonName)) {
      csv.write(header);
      for (ResourceId run : runs) {
        RunReader reader = new RunReader(run, readers.size());
        readers.add(reader);
        if (reader.next()) {
          queue.add(reader);
        }
      }
      while (!queue.isEmpty()) {
        RunReader r = queue.poll();
        csv.write(r.csv);
        if (json != null) {
          json.write(r.json);
        }
        if (r.next()) {
          queue.add(r);
        }
      }
    } finally {
      for (RunReader r : readers) {
        r.in.close();
      }
    }
  }

  private static void string(DataOutputStream out, String s) throws IOException {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(b.length);
    out.write(b);
  }

  private static final class RunReader {
    final DataInputStream in;
    final int index;
    String key;
    String csv;
    String json;

    RunReader(ResourceId file, int index) throws IOException {
      InputStream raw = Channels.newInputStream(FileSystems.open(file));
      this.in = new DataInputStream(new BufferedInputStream(raw, 1 << 16));
      this.index = index;
    }

    boolean next() throws IOException {
      int n;
      try {
        n = in.readInt();
      } catch (EOFException end) {
        return false;
      }
      key = read(n);
      csv = read(in.readInt());
      json = read(in.readInt());
      return true;
    }

    private String read(int n) throws IOException {
      byte[] b = new byte[n];
      in.readFully(b);
      return new String(b, StandardCharsets.UTF_8);
    }
  }

}
