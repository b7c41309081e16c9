package org.marsad.share.stix;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.marsad.share.ShareException;

/**
 * Marsad's published STIX extension definitions and the project identity that publishes them. Their ids are
 * fixed for good: every Marsad node and every partner reads the same definitions. Each one's JSON Schema ships
 * in this module beside this class.
 */
public final class MarsadExtension {
  /** The Marsad project, creator of the definitions (not of any node's data). */
  public static final String PROJECT_IDENTITY = "identity--e657142e-c614-4e53-a8c7-f838ddb11ff2";
  /** Types, modality, attribution, grades and evidence: a property extension. */
  public static final String PROPERTIES = "extension-definition--9ec20a8d-4ed2-4b10-bc74-21cc0c46e294";
  /** {@code x_marsad_aliases}: a top-level property extension, for types without aliases. */
  public static final String ALIASES = "extension-definition--e25fc9f0-58e8-4556-9bb3-d6026647722e";
  public static final String ALIASES_PROPERTY = "x_marsad_aliases";
  static final String PUBLISHED = "2026-11-01T00:00:00.000Z";

  private MarsadExtension() {
  }

  public static Map<String, Object> projectIdentity() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("type", "identity");
    m.put("spec_version", "2.1");
    m.put("id", PROJECT_IDENTITY);
    m.put("created", PUBLISHED);
    m.put("modified", PUBLISHED);
    m.put("name", "Marsad");
    m.put("description", "The Marsad project, publisher of the Marsad STIX extension definitions.");
    m.put("identity_class", "organization");
    return m;
  }

  public static List<Map<String, Object>> definitions() {
    return List.of(
        definition(PROPERTIES, "Marsad properties", "marsad-extension.schema.json", List.of("property-extension"),
            List.of()),
        definition(ALIASES, "Marsad aliases", "marsad-aliases.schema.json", List.of("toplevel-property-extension"),
            List.of(ALIASES_PROPERTY)));
  }

  /** The schema of a definition as shipped, for readers and tests. */
  public static String schema(String file) {
    try (InputStream in = MarsadExtension.class.getResourceAsStream(file)) {
      if (in == null) {
        throw new ShareException("the Marsad extension schema " + file + " is missing from marsad-share");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ShareException("cannot read the Marsad extension schema " + file + ": " + e.getMessage(), e);
    }
  }

  private static Map<String, Object> definition(String id, String name, String schemaFile, List<String> types,
                                                List<String> properties) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("type", "extension-definition");
    m.put("spec_version", "2.1");
    m.put("id", id);
    m.put("created_by_ref", PROJECT_IDENTITY);
    m.put("created", PUBLISHED);
    m.put("modified", PUBLISHED);
    m.put("name", name);
    m.put("description", StixJson.MAPPER.readTree(schema(schemaFile)).path("description").asString());
    m.put("schema", "JSON Schema " + schemaFile + " shipped with Marsad (module marsad-share, package "
        + "org.marsad.share.stix); see docs/SHARING.md");
    m.put("version", "1.0");
    m.put("extension_types", types);
    if (!properties.isEmpty()) {
      m.put("extension_properties", properties);
    }
    return m;
  }

  /** An empty property-extension body, to be filled by the caller. */
  public static Map<String, Object> body(String kind) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("extension_type", "property-extension");
    m.put("kind", kind);
    return m;
  }
}
