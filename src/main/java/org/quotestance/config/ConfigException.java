package org.quotestance.config;

/**
 * A resource or claim file that does not fit its schema: a misspelt or unknown key, a missing one,
 * a wrong type. The message is one line naming the file and the key. An {@link
 * IllegalArgumentException}, so that the command line's checks before the run exit 2 with it.
 */
public final class ConfigException extends IllegalArgumentException {
  private final String file;

  public ConfigException(String file, String problem) {
    super(file + ": " + problem);
    this.file = file;
  }

  public String file() {
    return file;
  }
}
