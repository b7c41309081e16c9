package org.marsad.share.receive;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.marsad.kb.source.Sha256;
import org.marsad.share.BundleException;
import org.marsad.share.stix.StixId;
import org.marsad.share.stix.StixJson;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Reads a STIX file a partner sent: a bundle, or a single object. Anything that is not well-formed STIX JSON is
 * refused whole, with the file and the problem named: too large, empty, binary or not UTF-8, not JSON, not a
 * bundle, or an object without a proper type and id. Judging what the objects say is {@link BundlePlan}'s job.
 */
public final class BundleReader {
  /** Larger than any bundle a node sends in one go; TAXII pages are far smaller. */
  public static final long DEFAULT_MAX_BYTES = 64L * 1024 * 1024;
  private final long maxBytes;

  public BundleReader(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  public ReceivedBundle read(Path file) {
    String input = file.toString();
    long size;
    try {
      size = Files.size(file);
    } catch (IOException e) {
      throw new BundleException(input, "cannot be read: " + e.getMessage(), e);
    }
    if (size > maxBytes) {
      throw new BundleException(input, "is " + size + " bytes, more than the limit of " + maxBytes);
    }
    try {
      return read(input, Files.readAllBytes(file));
    } catch (IOException e) {
      throw new BundleException(input, "cannot be read: " + e.getMessage(), e);
    }
  }

  public ReceivedBundle read(String input, byte[] bytes) {
    return parse(input, bytes, false);
  }

  /**
   * A TAXII 2.1 envelope (section 3.7): an object whose {@code objects} is a list of STIX objects, held to the same
   * checks as a bundle's.
   */
  public ReceivedBundle readEnvelope(String input, byte[] bytes) {
    return parse(input, bytes, true);
  }

  private ReceivedBundle parse(String input, byte[] bytes, boolean envelope) {
    if (bytes.length > maxBytes) {
      throw new BundleException(input, "is " + bytes.length + " bytes, more than the limit of " + maxBytes);
    }
    if (bytes.length == 0) {
      throw new BundleException(input, "is empty");
    }
    String text = utf8(input, bytes);
    JsonNode root;
    try {
      root = StixJson.MAPPER.readTree(text);
    } catch (JacksonException e) {
      throw new BundleException(input, "is not valid JSON: " + e.getOriginalMessage()
          + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
          + e.getLocation().getColumnNr() + ")"), e);
    }
    if (root == null || !root.isObject()) {
      throw new BundleException(input, "is not a STIX bundle: the JSON is " + kind(root) + ", not an object");
    }
    List<JsonNode> objects = new ArrayList<>();
    if (envelope) {
      JsonNode list = root.path("objects");
      if (!list.isArray()) {
        throw new BundleException(input, "is not a TAXII envelope: 'objects' is " + kind(list) + ", not a list");
      }
      list.forEach(objects::add);
    } else if ("bundle".equals(root.path("type").asString(""))) {
      JsonNode list = root.path("objects");
      if (!list.isMissingNode() && !list.isArray()) {
        throw new BundleException(input, "is not a STIX bundle: 'objects' is " + kind(list) + ", not a list");
      }
      list.forEach(objects::add);
    } else if (root.has("type") && root.has("id")) {
      objects.add(root); // a single object, as some tools write one
    } else {
      throw new BundleException(input, "is not a STIX bundle: it has no \"type\": \"bundle\" (type is "
          + kind(root.get("type")) + ")");
    }
    for (int i = 0; i < objects.size(); i++) {
      check(input, i, objects.get(i));
    }
    return new ReceivedBundle(input, Sha256.hex(bytes), objects);
  }

  private static void check(String input, int i, JsonNode o) {
    if (!o.isObject()) {
      throw new BundleException(input, "object " + i + " is " + kind(o) + ", not a STIX object");
    }
    JsonNode type = o.get("type");
    JsonNode id = o.get("id");
    if (type == null || !type.isString() || type.asString().isBlank()) {
      throw new BundleException(input, "object " + i + " has no type (a string), it has " + kind(type));
    }
    if (id == null || !id.isString() || !StixId.isValid(id.asString())) {
      throw new BundleException(input, "object " + i + " (" + clip(type.asString()) + ") has no valid STIX id, it has "
          + (id != null && id.isString() ? "'" + clip(id.asString()) + "'" : kind(id)));
    }
    if (!id.asString().startsWith(type.asString() + "--")) {
      throw new BundleException(input, "object " + i + " is a '" + clip(type.asString()) + "' but its id is "
          + clip(id.asString()));
    }
  }

  private static String utf8(String input, byte[] bytes) {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        throw new BundleException(input, "is binary, not STIX JSON (a NUL byte at offset " + i + ")");
      }
    }
    try {
      String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
      return s.startsWith("\uFEFF") ? s.substring(1) : s;
    } catch (CharacterCodingException e) {
      throw new BundleException(input, "is not UTF-8 text, as STIX JSON must be (RFC 8259): " + e.getMessage(), e);
    }
  }

  static String kind(JsonNode n) {
    if (n == null || n.isMissingNode()) {
      return "missing";
    }
    return n.isNull() ? "null" : n.isObject() ? "an object" : n.isArray() ? "a list" : n.isString()
        ? "the string '" + clip(n.asString()) + "'" : n.isNumber() ? "the number " + n : n.isBoolean() ? "a boolean"
        : n.getNodeType().toString();
  }

  static String clip(String s) {
    return s.length() > 80 ? s.substring(0, 80) + "…" : s;
  }
}
