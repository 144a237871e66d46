/**
 * The frab / c3voc conference schedule format that frab and pretalx publish and conference apps
 * (Giggity, ConfClerk, EventFahrplan) read: {@link dev.hackathonkit.io.frab.FrabScheduleWriter}
 * writes an event's scheduled topics as {@code schedule.xml} (the c3voc {@code schedule.xml.xsd})
 * or {@code schedule.json} (the c3voc JSON schema, version 1); {@link
 * dev.hackathonkit.io.frab.FrabScheduleReader} reads either back, reporting what it could not place
 * with the codes of {@link dev.hackathonkit.io.frab.FrabProblem}.
 */
@NullMarked
package dev.hackathonkit.io.frab;

import org.jspecify.annotations.NullMarked;
