package dev.hackathonkit.io.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SignaturesTest {
  @Test
  void parsesStampAsUtcInstant() {
    assertThat(Signatures.parseStamp("18:02, 29 April 2013 (UTC)"))
        .isEqualTo(Instant.parse("2013-04-29T18:02:00Z"));
    assertThat(Signatures.parseStamp("18:02, 31 February 2013 (UTC)")).isNull();
  }

  @Test
  void parsesSignedEntryWithTextAfterColon() {
    Signatures.Signed s =
        Signatures.parse(
            "Lars.kurth 18:02, 29 April 2013 (UTC): Feel free to make suggestions here");
    assertThat(s.author()).isEqualTo("Lars.kurth");
    assertThat(s.postedAt()).isEqualTo(Instant.parse("2013-04-29T18:02:00Z"));
    assertThat(s.text()).isEqualTo("Feel free to make suggestions here");
  }

  @Test
  void keepsAuthorWithSpacesAndEmptyText() {
    Signatures.Signed s = Signatures.parse("Lars Kurth 14:14, 23 January 2013 (UTC):");
    assertThat(s.author()).isEqualTo("Lars Kurth");
    assertThat(s.text()).isEmpty();
    assertThat(Signatures.parse("no signature here")).isNull();
    assertThat(Signatures.parse("14:14, 23 January 2013 (UTC)")).isNull();
  }

  @Test
  void findsSeveralSignaturesInOneString() {
    String text =
        "Lars.kurth 15:27, 2 March 2013 (UTC): Will attend Ijc 14:06, 12 March 2013 (UTC): Will attend";
    List<Signatures.Signature> all = Signatures.findAll(text);
    assertThat(all).extracting(Signatures.Signature::author).containsExactly("Lars.kurth", "Ijc");
    assertThat(all.get(1).postedAt()).isEqualTo(Instant.parse("2013-03-12T14:06:00Z"));
    assertThat(text.substring(all.get(0).to(), all.get(1).from()).strip()).isEqualTo("Will attend");
  }
}
