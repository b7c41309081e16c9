package org.marsad.kb.source;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One line of a JSON Lines file as a report: an object with a string {@code text} and optional string
 * {@code url}, {@code title}, {@code published} and {@code source}. Other fields are ignored, so exports from
 * other tools can be read as they are; null counts as absent. JSON Lines is UTF-8 by definition, so a line that
 * is not is refused rather than guessed at.
 */
final class JsonlLine {
  private static final JsonMapper JSON = JsonMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();
  private static final int MAX_DETAIL = 160;

  private JsonlLine() {
  }

  /** A report or a rejection named {@code file:number}. */
  static SourceItem parse(String file, long number, byte[] bytes) {
    String input = file + ":" + number;
    String line;
    try {
      line = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      return new Rejected(input, "not valid UTF-8 at line " + number + "; JSON Lines must be UTF-8");
    }
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (JacksonException e) {
      return new Rejected(input, "not valid JSON at line " + number + ": " + detail(e));
    }
    if (node == null || !node.isObject()) {
      String found = node == null ? "nothing" : node.getNodeType().name().toLowerCase(Locale.ROOT);
      return new Rejected(input, "not a JSON object at line " + number + ": found " + found);
    }
    JsonNode text = node.get("text");
    if (text == null || text.isNull()) {
      return new Rejected(input, "missing field text at line " + number);
    }
    Optional<String> problem = notString(node, number, "text", "url", "title", "published", "source");
    if (problem.isPresent()) {
      return new Rejected(input, problem.get());
    }
    if (text.stringValue().isBlank()) {
      return new Rejected(input, "empty field text at line " + number);
    }
    return new SourceReport(input, bytes, Sha256.hex(bytes), text.stringValue(), field(node, "title"),
        field(node, "url"), field(node, "published"), field(node, "source"), "UTF-8", SourceFormat.JSONL);
  }

  private static Optional<String> notString(JsonNode node, long number, String... names) {
    for (String name : names) {
      JsonNode value = node.get(name);
      if (value != null && !value.isNull() && !value.isString()) {
        return Optional.of("field " + name + " at line " + number + " must be a string, found "
            + value.getNodeType().name().toLowerCase(Locale.ROOT) + " " + abbreviate(value.toString()));
      }
    }
    return Optional.empty();
  }

  private static Optional<String> field(JsonNode node, String name) {
    JsonNode value = node.get(name);
    if (value == null || !value.isString() || value.stringValue().isBlank()) {
      return Optional.empty();
    }
    return Optional.of(value.stringValue().strip());
  }

  private static String detail(JacksonException e) {
    String message = e.getOriginalMessage();
    return abbreviate(message == null || message.isBlank() ? e.getClass().getSimpleName() : message);
  }

  private static String abbreviate(String s) {
    String oneLine = s.replaceAll("\\s+", " ").strip();
    if (oneLine.length() <= MAX_DETAIL) {
      return oneLine;
    }
    int cut = Character.isHighSurrogate(oneLine.charAt(MAX_DETAIL - 1)) ? MAX_DETAIL - 1 : MAX_DETAIL;
    return oneLine.substring(0, cut) + "...";
  }
}
