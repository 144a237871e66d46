/**
 * hackathon-kit's readers and writers: wiki pages (markup, rendered text, HTML of any engine), CSV
 * tables and schedule sheets, iCalendar, JSON, frab schedules and JSON-LD, behind one front door,
 * {@link dev.hackathonkit.io.EventIO}.
 *
 * <p>{@code dev.hackathonkit.io.internal} holds the readers' shared parts and is not exported.
 */
module dev.hackathonkit.io {
  requires transitive dev.hackathonkit.model;
  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.datatype.jsr310;
  requires com.fasterxml.jackson.dataformat.csv;
  requires io.github.javadiffutils;
  requires org.jsoup;
  requires java.xml;
  requires static transitive org.jspecify;

  exports dev.hackathonkit.io;
  exports dev.hackathonkit.io.csv;
  exports dev.hackathonkit.io.frab;
  exports dev.hackathonkit.io.html;
  exports dev.hackathonkit.io.ical;
  exports dev.hackathonkit.io.json;
  exports dev.hackathonkit.io.jsonld;
  exports dev.hackathonkit.io.page;
  exports dev.hackathonkit.io.text;
  exports dev.hackathonkit.io.wikitext;

  // engine rules are bound from their bundled JSON by Jackson
  opens dev.hackathonkit.io.html to
      com.fasterxml.jackson.databind;
}
