package dev.hackathonkit.io;

/**
 * A stable code for a kind of input problem, such as {@code W104}. Each format defines its codes as
 * an enum implementing this interface; tests and tools branch on codes, never on message text.
 */
public interface ProblemCode {
  /** The stable code, such as {@code W104}. */
  String code();

  /** A short description of the kind of problem. */
  String description();
}
