package dev.hackathonkit.io.frab;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/**
 * Name-based UUIDs (version 5, SHA-1; RFC 9562 section 5.5) in the URL namespace, so that a
 * schedule written again gives every entry and room the guid it had: apps match entries by guid.
 */
final class Guids {
  /** The RFC 9562 namespace for URLs, {@code 6ba7b811-9dad-11d1-80b4-00c04fd430c8}. */
  private static final UUID NAMESPACE_URL = UUID.fromString("6ba7b811-9dad-11d1-80b4-00c04fd430c8");

  private Guids() {}

  /** The guid of a scheduled topic: from {@code urn:hackathon-kit:EVENT:topic:TOPIC}. */
  static UUID topic(String eventId, String topicId) {
    return v5("urn:hackathon-kit:" + eventId + ":topic:" + topicId);
  }

  /** The guid of a room: from {@code urn:hackathon-kit:EVENT:room:NAME}. */
  static UUID room(String eventId, String room) {
    return v5("urn:hackathon-kit:" + eventId + ":room:" + room);
  }

  static UUID v5(String name) {
    MessageDigest sha1;
    try {
      sha1 = MessageDigest.getInstance("SHA-1");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-1", e);
    }
    ByteBuffer ns =
        ByteBuffer.allocate(16)
            .putLong(NAMESPACE_URL.getMostSignificantBits())
            .putLong(NAMESPACE_URL.getLeastSignificantBits());
    sha1.update(ns.array());
    byte[] hash = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
    hash[6] = (byte) ((hash[6] & 0x0f) | 0x50); // version 5
    hash[8] = (byte) ((hash[8] & 0x3f) | 0x80); // IETF variant
    ByteBuffer b = ByteBuffer.wrap(hash, 0, 16);
    return new UUID(b.getLong(), b.getLong());
  }
}
