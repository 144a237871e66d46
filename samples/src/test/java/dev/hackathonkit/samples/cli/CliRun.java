package dev.hackathonkit.samples.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One in-process run of the tool: its exit code and what it printed. */
record CliRun(int exitCode, String out, String err) {

  static CliRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = HackathonKit.run(new PrintWriter(out), new PrintWriter(err), args);
    return new CliRun(code, out.toString(), err.toString());
  }
}
