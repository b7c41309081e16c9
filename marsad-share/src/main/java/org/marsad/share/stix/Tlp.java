package org.marsad.share.stix;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.marsad.share.ShareException;

/**
 * TLP 2.0 (FIRST), from least to most restrictive, with the marking-definition ids OASIS published for STIX 2.1
 * (cti-stix-common-objects, extension-definition-specifications/tlp-2.0). TLP 1.0 ids, which STIX 2.1 predefines,
 * are read as their 2.0 counterparts (WHITE is CLEAR).
 */
public enum Tlp {
  CLEAR("clear", "marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487",
      "marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9"),
  GREEN("green", "marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb",
      "marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da"),
  AMBER("amber", "marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421",
      "marking-definition--f88d31f6-486f-44da-b317-01333bde0b82"),
  AMBER_STRICT("amber+strict", "marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003", null),
  RED("red", "marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1",
      "marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed");

  /** The extension under which OASIS defines the TLP 2.0 marking objects. */
  public static final String EXTENSION_ID = "extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d";
  /** Part of each published TLP 2.0 object, like its id. */
  static final String CREATED = "2022-10-01T00:00:00.000Z";

  private final String value;
  private final String markingId;
  private final String tlp1MarkingId;

  Tlp(String value, String markingId, String tlp1MarkingId) {
    this.value = value;
    this.markingId = markingId;
    this.tlp1MarkingId = tlp1MarkingId;
  }

  public String markingId() {
    return markingId;
  }

  /** "TLP:AMBER+STRICT". */
  public String label() {
    return "TLP:" + value.toUpperCase(Locale.ROOT);
  }

  public Tlp stricter(Tlp other) {
    return other.compareTo(this) > 0 ? other : this;
  }

  /** The marking-definition object exactly as published. */
  public Map<String, Object> definition() {
    Map<String, Object> ext = new LinkedHashMap<>();
    ext.put("extension_type", "property-extension");
    ext.put("tlp_2_0", value);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("type", "marking-definition");
    m.put("spec_version", "2.1");
    m.put("id", markingId);
    m.put("created", CREATED);
    m.put("name", label());
    m.put("extensions", Map.of(EXTENSION_ID, ext));
    return m;
  }

  /** The level a marking-definition id stands for, TLP 2.0 or 1.0. */
  public static Optional<Tlp> byMarkingId(String id) {
    for (Tlp t : values()) {
      if (t.markingId.equals(id) || id.equals(t.tlp1MarkingId)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  /** "amber+strict", "AMBER_STRICT", "TLP:RED" and the like, as an analyst types them. */
  public static Tlp parse(String s) {
    String t = s == null ? "" : s.trim().toLowerCase(Locale.ROOT).replace('_', '+');
    if (t.startsWith("tlp:")) {
      t = t.substring(4);
    }
    if (t.equals("white")) {
      return CLEAR;
    }
    for (Tlp v : values()) {
      if (v.value.equals(t)) {
        return v;
      }
    }
    throw new ShareException("not a TLP 2.0 level: '" + s + "' (CLEAR, GREEN, AMBER, AMBER+STRICT or RED)");
  }
}
