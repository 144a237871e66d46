package dev.hackathonkit.client;

import static java.util.Objects.requireNonNull;

/** A password or token: its {@code toString()} never shows it. */
final class Secret {
  private final String value;

  Secret(String value) {
    this.value = requireNonNull(value, "secret");
    if (value.isEmpty()) {
      throw new IllegalArgumentException("a secret must not be empty");
    }
  }

  String reveal() {
    return value;
  }

  @Override
  public String toString() {
    return "***";
  }
}
