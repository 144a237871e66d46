/**
 * Runnable samples: small programs, each under sixty lines, that show one capability of
 * hackathon-kit on real data, and {@link dev.hackathonkit.samples.BundledPage}, the page bundled
 * with them. The README lists each sample with the command that runs it.
 */
@NullMarked
package dev.hackathonkit.samples;

import org.jspecify.annotations.NullMarked;
