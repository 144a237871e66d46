package dev.hackathonkit.io.wikitext;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Character references as MediaWiki decodes them (Sanitizer, HTML5 named references). */
class CharacterReferencesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        // named references beyond the few HTML 4 ones everybody knows
        "Caf&eacute;|Café",
        "Zo&euml; M&uuml;ller|Zoë Müller",
        "&Aring;ngstr&ouml;m|Ångström",
        "500&euro;&trade;|500€™",
        "&hellip;&ndash;&mdash;&laquo;&raquo;|…–—«»",
        "&Scaron;imkov&aacute;|Šimková",
        // HTML5-only names, and one that stands for two code points
        "&NotEqualTilde;|\u2242\u0338",
        "&bigstar;&copf;&Copf;|\u2605\uD835\uDD54\u2102",
        // numeric, decimal and hexadecimal, astral and leading zeros
        "C&#43;&#x2B;|C++",
        "&#x1F680;&#128640;|\uD83D\uDE80\uD83D\uDE80",
        "&#0233;&#x00E9;|éé",
        // escaped markup decodes once
        "&amp;lt;|&lt;",
        "&lt;b&gt;|<b>",
        // MediaWiki's alias for &rlm;
        "a&\u05E8\u05DC\u05DE;b|a\u200Fb",
      })
  void decodesWhatMediaWikiDecodes(String markup, String text) {
    assertThat(CharacterReferences.decode(markup)).isEqualTo(text);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "4&000nbsp;U", // digits where a name starts
        "&copy 2025", // legacy name without its semicolon: MediaWiki requires it
        "&zzz; &Eacute", // unknown name; known name without semicolon
        "&#0; &#1; &#xD800;", // code points MediaWiki refuses
        "&#x110000; &#99999999999999999999;",
        "&#; &#x; & ; &;",
        "R&D; Q&A",
        "&EACUTE;", // names are case-sensitive
      })
  void leavesMalformedAndRefusedReferencesAsWritten(String markup) {
    assertThat(CharacterReferences.decode(markup)).isEqualTo(markup);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {"a&nbsp;b", "a&#160;b", "a&#xA0;b", "a&NonBreakingSpace;b"})
  void noBreakSpaceIsUPlus00A0NotASpace(String markup) {
    assertThat(CharacterReferences.decode(markup)).isEqualTo("a\u00A0b");
  }
}
