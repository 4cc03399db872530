package org.quotestance.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Headless Chromium for the report's browser tests: Debian's /usr/bin/chromium (or $CHROMIUM), a
 * fresh profile per call, no network services, and a hard timeout.
 */
final class Chromium {
  static final Path BINARY = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
  private static final long TIMEOUT_SECONDS = 60;

  private Chromium() {}

  static boolean available() {
    return Files.isExecutable(BINARY);
  }

  /** The DOM after the page's scripts ran, serialised. {@code fragment} may be empty. */
  static String dumpDom(Path html, String fragment) throws IOException, InterruptedException {
    return run(List.of("--dump-dom"), url(html, fragment));
  }

  /** A PNG of the page's first {@code width} × {@code height} pixels. */
  static void screenshot(Path html, Path png, int width, int height) throws IOException, InterruptedException {
    Files.deleteIfExists(png);
    run(List.of("--screenshot=" + png.toAbsolutePath(), "--window-size=" + width + "," + height), url(html, ""));
    if (!Files.isRegularFile(png) || Files.size(png) == 0) {
      throw new AssertionError("chromium wrote no screenshot to " + png);
    }
  }

  private static String url(Path html, String fragment) {
    return html.toAbsolutePath().toUri() + (fragment.isEmpty() ? "" : "#" + fragment);
  }

  private static String run(List<String> args, String url) throws IOException, InterruptedException {
    Path work = Files.createTempDirectory("chromium-");
    try {
      List<String> command = new ArrayList<>(List.of(BINARY.toString(), "--headless", "--no-sandbox", "--disable-gpu",
          "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
          "--disable-sync", "--disable-dev-shm-usage", "--user-data-dir=" + work.resolve("profile")));
      command.addAll(args);
      command.add(url);
      Path stdout = work.resolve("stdout");
      Path stderr = work.resolve("stderr");
      Process p = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
      if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
        p.waitFor(10, TimeUnit.SECONDS);
        throw new AssertionError("chromium did not finish in " + TIMEOUT_SECONDS + " s: " + command + "\n" + tail(stderr));
      }
      if (p.exitValue() != 0) {
        throw new AssertionError("chromium exited with " + p.exitValue() + ": " + command + "\n" + tail(stderr));
      }
      return Files.readString(stdout, StandardCharsets.UTF_8);
    } finally {
      delete(work);
    }
  }

  private static String tail(Path file) throws IOException {
    String s = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    return s.length() > 4000 ? s.substring(s.length() - 4000) : s;
  }

  private static void delete(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
    } catch (IOException e) {
      // a leftover temp profile is harmless
    }
  }
}
