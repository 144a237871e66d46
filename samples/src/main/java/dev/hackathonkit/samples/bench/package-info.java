/**
 * Benchmarks, run by hand (never by the test build): {@link
 * dev.hackathonkit.samples.bench.WikitextParseBenchmark} (JMH) and the inputs it parses, {@link
 * dev.hackathonkit.samples.bench.WikitextBenchInputs}. See {@code samples/bench/*.sh}.
 */
@NullMarked
package dev.hackathonkit.samples.bench;

import org.jspecify.annotations.NullMarked;
