/**
 * JSON, on Jackson: {@link dev.hackathonkit.io.json.JsonEventCodec} writes and reads whole events;
 * {@link dev.hackathonkit.io.json.HackathonKitModule} teaches a caller's own {@code ObjectMapper}
 * the same format.
 *
 * <p>The format: record components as properties, ISO-8601 dates ({@code 2013-05-16}), times
 * ({@code 09:00}) and instants ({@code 2013-04-29T18:02:00Z}), time zones as IANA ids, enums as
 * lower-case strings ({@code not_applicable}), absent values and empty collections omitted. Its
 * JSON Schema ships in this jar as {@value
 * dev.hackathonkit.io.json.JsonEventCodec#SCHEMA_RESOURCE}.
 */
@NullMarked
package dev.hackathonkit.io.json;

import org.jspecify.annotations.NullMarked;
