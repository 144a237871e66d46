/**
 * The {@code hackathon-kit} command-line tool, on picocli: {@link
 * dev.hackathonkit.samples.cli.HackathonKit} is its entry point; the commands and the format
 * plumbing behind them are package-private.
 */
@NullMarked
package dev.hackathonkit.samples.cli;

import org.jspecify.annotations.NullMarked;
