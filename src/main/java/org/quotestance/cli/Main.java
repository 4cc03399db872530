package org.quotestance.cli;

import java.util.Arrays;
import org.quotestance.eval.EvalCommand;

/** Entry point: {@code eval …} scores an output against gold, anything else runs the job. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    int status;
    if (args.length > 0 && args[0].equals("eval")) {
      status = EvalCommand.run(Arrays.copyOfRange(args, 1, args.length), System.out, System.err);
    } else if (args.length > 0 && (args[0].equals("run"))) {
      status = RunCommand.run(Arrays.copyOfRange(args, 1, args.length), System.out, System.err);
    } else {
      status = RunCommand.run(args, System.out, System.err);
    }
    System.exit(status);
  }
}
