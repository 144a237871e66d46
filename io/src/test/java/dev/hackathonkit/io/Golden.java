package dev.hackathonkit.io;

import dev.hackathonkit.io.json.JsonEventCodec;
import dev.hackathonkit.model.Event;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The golden May 2013 event, the oracle of every importer's tests. */
public final class Golden {
  /** Class-path location of the golden JSON. */
  public static final String RESOURCE = "/golden/xen-hackathon-may2013.json";

  private Golden() {}

  /** The golden file's text. */
  public static String json() {
    try (InputStream in = Golden.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The golden event, read strictly. */
  public static Event event() {
    try {
      return JsonEventCodec.standard().read(json(), RESOURCE).event();
    } catch (EventFormatException e) {
      throw new IllegalStateException("golden file does not read: " + e.getMessage(), e);
    }
  }
}
