package org.quotestance.cli;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * A local --output directory, published all or nothing. The run writes into a fresh sibling,
 * {@code .NAME.staging-ID}; publishing renames the old directory to {@code .NAME.previous-ID} and
 * the staging one to NAME, two renames within one parent, and removes the old set. A reader thus
 * sees the old set or the new one, never a mix; between the two renames (microseconds) NAME does
 * not exist, and a reader that holds files open keeps reading the old set. A run that fails leaves
 * the old set in place. {@code .NAME.lock} keeps a second run out while one is in progress (the
 * operating system drops the lock when a process dies); it stays in place, as deleting a lock file
 * could let two runs in.
 */
final class OutputDir implements AutoCloseable {
  /** The rename used to publish; tests put in one that fails. */
  interface Mover {
    void move(Path from, Path to) throws IOException;
  }

  static final Mover ATOMIC = (from, to) -> Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);

  private final Path dir;
  private final Path staging;
  private final FileChannel lockChannel;

  private OutputDir(Path dir, Path staging, FileChannel lockChannel) {
    this.dir = dir;
    this.staging = staging;
    this.lockChannel = lockChannel;
  }

  /**
   * Locks {@code output}, checks that it holds nothing but an earlier run's tables, removes what
   * interrupted runs left and creates the staging directory. Fails with a message a person can act on.
   */
  static OutputDir open(String output, Collection<String> tables) {
    Path dir = target(output);
    Path parent = dir.getParent();
    if (parent == null) {
      throw new IllegalArgumentException("--output cannot be the root directory " + dir);
    }
    FileChannel channel;
    try {
      Files.createDirectories(parent);
      if (Files.exists(dir) && !Files.isDirectory(dir)) {
        throw new IOException(dir + " is a file, not a directory");
      }
      channel = FileChannel.open(lockFile(dir), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    } catch (IOException | RuntimeException e) {
      throw new IllegalArgumentException("output directory " + output + " is not writable: " + RunCommand.oneLine(e.toString()));
    }
    try {
      FileLock lock;
      try {
        lock = channel.tryLock();
      } catch (OverlappingFileLockException e) {
        lock = null; // held by another run in this JVM
      }
      if (lock == null) {
        throw new IllegalArgumentException("another run is writing into " + output + " (it holds " + lockFile(dir)
            + "); wait for it to finish or give another --output");
      }
      recoverAndClean(dir);
      checkOnlyTables(dir, output, tables);
      Path staging = Files.createDirectory(parent.resolve("." + dir.getFileName() + ".staging-" + UUID.randomUUID()));
      return new OutputDir(dir, staging, channel);
    } catch (IOException | RuntimeException e) {
      closeQuietly(channel);
      if (e instanceof IllegalArgumentException iae) {
        throw iae;
      }
      throw new IllegalArgumentException("output directory " + output + " is not writable: " + RunCommand.oneLine(e.toString()));
    }
  }

  /** The directory the tables go to: --output itself, or what it links to (the link stays). */
  static Path target(String output) {
    Path dir = Path.of(output).toAbsolutePath().normalize();
    try {
      return Files.isSymbolicLink(dir) ? dir.toRealPath() : dir;
    } catch (IOException e) {
      return dir;
    }
  }

  static Path lockFile(Path dir) {
    return dir.resolveSibling("." + dir.getFileName() + ".lock");
  }

  Path staging() {
    return staging;
  }

  Path dir() {
    return dir;
  }

  /** Makes the staging directory the output; the old set stays whole if any step fails. */
  void publish(Mover mover) throws IOException {
    if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
      mover.move(staging, dir);
      return;
    }
    // Hidden files such as .gitkeep belong to the folder, not to a run: they move on with it.
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
      for (Path e : entries) {
        String name = e.getFileName().toString();
        if (name.startsWith(".") && !name.startsWith(".staging-") && Files.isRegularFile(e, LinkOption.NOFOLLOW_LINKS)
            && !Files.exists(staging.resolve(name))) {
          Files.copy(e, staging.resolve(name), StandardCopyOption.COPY_ATTRIBUTES);
        }
      }
    }
    Path previous = dir.resolveSibling("." + dir.getFileName() + ".previous-" + UUID.randomUUID());
    mover.move(dir, previous);
    try {
      mover.move(staging, dir);
    } catch (IOException | RuntimeException e) {
      try {
        mover.move(previous, dir);
      } catch (IOException | RuntimeException restore) {
        e.addSuppressed(restore);
      }
      throw e;
    }
    deleteTree(previous);
  }

  /** Removes the staging directory of a run that did not publish. */
  void discard() {
    deleteTree(staging);
  }

  @Override
  public void close() {
    closeQuietly(lockChannel);
  }

  /**
   * With the lock held, nothing else uses the working directories: a previous set left between
   * the two renames of a publish is put back, every other leftover is removed.
   */
  private static void recoverAndClean(Path dir) throws IOException {
    String prefix = "." + dir.getFileName() + ".";
    List<Path> leftovers = new ArrayList<>();
    try (DirectoryStream<Path> siblings = Files.newDirectoryStream(dir.getParent(), prefix + "*")) {
      for (Path s : siblings) {
        String rest = s.getFileName().toString().substring(prefix.length());
        if (rest.startsWith("staging-") || rest.startsWith("previous-")) {
          leftovers.add(s);
        }
      }
    }
    for (Path s : leftovers) {
      if (s.getFileName().toString().startsWith(prefix + "previous-") && !Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
        Files.move(s, dir, StandardCopyOption.ATOMIC_MOVE);
      } else {
        deleteTree(s);
      }
    }
    if (Files.isDirectory(dir)) {
      // staging directories of versions that staged inside --output
      try (DirectoryStream<Path> inside = Files.newDirectoryStream(dir, ".staging-*")) {
        for (Path s : inside) {
          deleteTree(s);
        }
      }
    }
  }

  /** Publishing replaces the whole folder, so it may hold only tables (and hidden files, which are kept). */
  private static void checkOnlyTables(Path dir, String output, Collection<String> tables) throws IOException {
    if (!Files.isDirectory(dir)) {
      return;
    }
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
      for (Path e : entries) {
        String name = e.getFileName().toString();
        boolean keptHidden = name.startsWith(".") && (Files.isRegularFile(e, LinkOption.NOFOLLOW_LINKS)
            || name.startsWith(".staging-"));
        if (!tables.contains(name) && !keptHidden) {
          throw new IllegalArgumentException("--output " + output + " holds " + name + ", which is not a table of an"
              + " earlier run: a run replaces the whole folder, so give a new or empty folder (not the input folder)");
        }
      }
    }
  }

  static void deleteTree(Path root) {
    try {
      Files.walkFileTree(root, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
          Files.deleteIfExists(file);
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
          Files.deleteIfExists(d);
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      // a leftover is hidden, never looks like output, and the next run removes it
    }
  }

  private static void closeQuietly(FileChannel c) {
    try {
      c.close();
    } catch (IOException e) {
      // the lock goes with the process anyway
    }
  }
}
