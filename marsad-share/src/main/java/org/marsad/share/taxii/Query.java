package org.marsad.share.taxii;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.marsad.share.stix.StixId;

/**
 * The URL parameters TAXII 2.1 defines for listing (section 3.4): {@code added_after}, {@code limit},
 * {@code next}, and {@code match[id|type|version|spec_version]}, each match a comma-separated list (repeating the
 * parameter adds to it). A bad value is a 400 that quotes it; an unknown parameter is ignored, as the spec asks.
 */
public record Query(Optional<Long> addedAfter, int limit, Optional<Long> next, Set<String> ids, Set<String> types,
                    List<String> versions, Set<String> specVersions) {
  public static final int MAX_LIMIT = 10_000;
  public static final int DEFAULT_LIMIT = 1_000;
  private static final Pattern TYPE = Pattern.compile("[a-z0-9][a-z0-9-]{0,249}");

  public Query {
    ids = Set.copyOf(ids);
    types = Set.copyOf(types);
    versions = List.copyOf(versions);
    specVersions = Set.copyOf(specVersions);
  }

  /**
   * Parses the parameters; {@code defaultVersion} is "last" for objects and manifests and "all" for an object's
   * versions, as the spec gives.
   */
  public static Query parse(Map<String, List<String>> params, String defaultVersion) {
    Optional<Long> addedAfter = one(params, "added_after").map(v -> TaxiiTime.parse("added_after", v));
    int limit = one(params, "limit").map(Query::limit).orElse(DEFAULT_LIMIT);
    Optional<Long> next = one(params, "next").map(Query::next);
    Set<String> ids = new LinkedHashSet<>();
    for (String id : list(params, "match[id]")) {
      if (!StixId.isValid(id)) {
        throw new TaxiiException(400, "match[id] holds '" + TaxiiTime.clip(id) + "', which is not a STIX id");
      }
      ids.add(id);
    }
    Set<String> types = new LinkedHashSet<>();
    for (String t : list(params, "match[type]")) {
      if (!TYPE.matcher(t).matches()) {
        throw new TaxiiException(400, "match[type] holds '" + TaxiiTime.clip(t) + "', which is not a STIX type");
      }
      types.add(t);
    }
    List<String> versions = new ArrayList<>();
    for (String v : list(params, "match[version]")) {
      if (!v.equals("first") && !v.equals("last") && !v.equals("all")) {
        TaxiiTime.parse("match[version]", v);
      }
      versions.add(v);
    }
    if (versions.isEmpty()) {
      versions.add(defaultVersion);
    }
    Set<String> specVersions = new LinkedHashSet<>();
    for (String s : list(params, "match[spec_version]")) {
      if (!s.matches("\\d\\.\\d")) {
        throw new TaxiiException(400, "match[spec_version] holds '" + TaxiiTime.clip(s) + "', not a version like 2.1");
      }
      specVersions.add(s);
    }
    return new Query(addedAfter, limit, next, ids, types, versions, specVersions);
  }

  private static int limit(String v) {
    try {
      int n = Integer.parseInt(v.trim());
      if (n < 1) {
        throw new NumberFormatException();
      }
      return Math.min(n, MAX_LIMIT); // section 3.4.1: a server may return fewer than asked
    } catch (NumberFormatException e) {
      throw new TaxiiException(400, "limit must be a positive whole number, not '" + TaxiiTime.clip(v) + "'");
    }
  }

  /** The next token is where the previous page ended, written as "a" and the microsecond count. */
  static String token(long added) {
    return "a" + Long.toString(added, 36);
  }

  private static long next(String v) {
    try {
      if (!v.startsWith("a")) {
        throw new NumberFormatException();
      }
      return Long.parseLong(v.substring(1), 36);
    } catch (NumberFormatException e) {
      throw new TaxiiException(400, "next must be a value a previous page gave, not '" + TaxiiTime.clip(v) + "'");
    }
  }

  private static Optional<String> one(Map<String, List<String>> params, String name) {
    List<String> v = params.getOrDefault(name, List.of());
    if (v.size() > 1) {
      throw new TaxiiException(400, name + " may be given once, not " + v.size() + " times");
    }
    return v.stream().filter(s -> !s.isBlank()).findFirst();
  }

  private static List<String> list(Map<String, List<String>> params, String name) {
    List<String> out = new ArrayList<>();
    for (String v : params.getOrDefault(name, List.of())) {
      for (String part : v.split(",")) {
        if (!part.isBlank()) {
          out.add(part.trim());
        }
      }
    }
    if (out.size() > 1000) {
      throw new TaxiiException(400, name + " lists " + out.size() + " values, more than 1000");
    }
    return out;
  }
}
