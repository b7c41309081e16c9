package org.marsad.app;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the command line in-process with captured streams, as picocli's examples test their commands. */
record Cli(int code, String out, String err) {

  static Cli run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Marsad.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    return new Cli(code, out.toString(), err.toString());
  }
}
