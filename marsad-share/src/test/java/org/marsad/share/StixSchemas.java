package org.marsad.share;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * The official STIX 2.1 JSON schemas from ../shared, with every $ref resolved to the local copy: the schemas
 * name their own raw.githubusercontent.com addresses as ids, and a test must not reach the network.
 */
public final class StixSchemas {
  private static final String ID_PREFIX = "http://raw.githubusercontent.com/oasis-open/cti-stix2-json-schemas/"
      + "stix2.1/schemas/";
  private final SchemaRegistry registry;
  private final Path local;

  public StixSchemas(Path stixDir) {
    this.local = stixDir.resolve("schemas");
    this.registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
        b -> b.schemas(iri -> iri.startsWith(ID_PREFIX) ? read(local.resolve(iri.substring(ID_PREFIX.length())))
            : null));
  }

  private static String read(Path p) {
    try {
      return Files.readString(p);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the STIX schema " + p, e);
    }
  }

  /** The object types bundle.json names a schema for, from the file names of its references. */
  public Set<String> typesBundleLists() {
    Set<String> out = new TreeSet<>();
    Matcher m = Pattern.compile("\"\\$ref\"\\s*:\\s*\"\\.\\./(?:sdos|sros|common|observables)/([a-z0-9-]+)\\.json\"")
        .matcher(read(local.resolve("common/bundle.json")));
    while (m.find()) {
      out.add(m.group(1));
    }
    out.removeAll(Set.of("core", "cyber-observable-core"));
    return out;
  }

  /** The problems of {@code node} against the schema at {@code path} ("common/bundle.json"), one line each. */
  public List<String> problems(String path, JsonNode node) {
    Schema schema = registry.getSchema(SchemaLocation.of(ID_PREFIX + path));
    List<String> out = new ArrayList<>();
    for (Error e : schema.validate(node)) {
      out.add(e.getInstanceLocation() + ": " + e.getMessage());
    }
    return out;
  }
}
