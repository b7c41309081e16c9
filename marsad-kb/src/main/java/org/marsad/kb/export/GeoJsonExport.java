package org.marsad.kb.export;

import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.marsad.extract.EntityType;
import org.marsad.kb.query.Fact;
import org.marsad.kb.store.StoredEntity;
import tools.jackson.databind.json.JsonMapper;

/**
 * A GeoJSON FeatureCollection (RFC 7946): each located event as a point at its place, and each place the
 * reports name. Coordinates are [longitude, latitude], as the RFC orders them.
 */
public final class GeoJsonExport {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private GeoJsonExport() {
  }

  public static void write(ExportData data, Writer out) {
    List<Object> features = new ArrayList<>();
    for (Fact f : data.facts()) {
      Optional<StoredEntity> place = CsvExport.place(data, f).filter(p -> p.geo().isPresent());
      if (place.isEmpty() || !f.type().isEvent()) {
        continue;
      }
      Map<String, Object> props = new LinkedHashMap<>();
      props.put("kind", "event");
      props.put("type", f.type().name());
      props.put("when", f.when().map(Object::toString).orElse(null));
      props.put("place", place.get().nameEn());
      props.put("modality", f.modality().name());
      props.put("confidence", Math.round(f.confidence().value() * 1000) / 1000.0);
      props.put("derivation", f.confidence().derivation());
      props.put("reports", f.evidence().stream().map(e -> e.claim().reportId()).distinct().toList());
      features.add(feature(place.get(), props));
    }
    for (StoredEntity e : data.entities().values()) {
      if (e.type() == EntityType.LOCATION && e.geo().isPresent()) {
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("kind", "place");
        props.put("name", e.name());
        props.put("name_en", e.nameEn());
        props.put("ident", e.ident());
        features.add(feature(e, props));
      }
    }
    Map<String, Object> collection = new LinkedHashMap<>();
    collection.put("type", "FeatureCollection");
    collection.put("features", features);
    MAPPER.writeValue(out, collection);
  }

  private static Map<String, Object> feature(StoredEntity place, Map<String, Object> props) {
    Map<String, Object> geometry = new LinkedHashMap<>();
    geometry.put("type", "Point");
    geometry.put("coordinates", List.of(place.geo().orElseThrow().lon(), place.geo().orElseThrow().lat()));
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("type", "Feature");
    f.put("geometry", geometry);
    f.put("properties", props);
    return f;
  }
}
