/**
 * hackathon-kit's MediaWiki client: the Action API over OkHttp ({@link
 * dev.hackathonkit.client.MediaWikiClient}), importing and publishing pages, and whole wikis from
 * their Special:Export dumps ({@link dev.hackathonkit.client.DumpConverter}).
 */
module dev.hackathonkit.client {
  requires transitive dev.hackathonkit.io;
  requires transitive okhttp3;
  requires okio;
  requires com.fasterxml.jackson.databind;
  requires org.apache.commons.compress;
  requires org.tukaani.xz;
  requires java.xml;
  requires static transitive org.jspecify;

  exports dev.hackathonkit.client;
}
