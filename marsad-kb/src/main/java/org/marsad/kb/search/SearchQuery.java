package org.marsad.kb.search;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A search as a user asks it. {@code text}: words AND-ed, "double-quoted phrases", any script; empty matches
 * every report (newest first). {@code filters}: values within one dimension are alternatives, dimensions
 * must all hold. {@code from}/{@code to}: inclusive publication dates; reports without a date then drop out.
 * {@code facetLimit}: values returned per facet dimension (0 for none).
 */
public record SearchQuery(String text, Map<FacetDim, Set<String>> filters, Optional<LocalDate> from,
    Optional<LocalDate> to, int offset, int limit, int facetLimit) {
  public static final int MAX_WINDOW = 10_000;
  public static final int MAX_FACET_LIMIT = 1_000;

  public SearchQuery {
    Objects.requireNonNull(text, "query text is null");
    Objects.requireNonNull(from, "from is null");
    Objects.requireNonNull(to, "to is null");
    filters = copy(filters);
    if (offset < 0 || limit < 0 || (long) offset + limit > MAX_WINDOW) {
      throw new SearchException("offset and limit must be non-negative with offset + limit <= " + MAX_WINDOW
          + ": offset=" + offset + ", limit=" + limit);
    }
    if (facetLimit < 0 || facetLimit > MAX_FACET_LIMIT) {
      throw new SearchException("facetLimit must be in 0.." + MAX_FACET_LIMIT + ": " + facetLimit);
    }
    if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
      throw new SearchException("date range starts after it ends: from=" + from.get() + ", to=" + to.get());
    }
  }

  /** Free text, first ten hits, ten values per facet. */
  public static SearchQuery of(String text) {
    return builder().text(text).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  private static Map<FacetDim, Set<String>> copy(Map<FacetDim, Set<String>> filters) {
    Objects.requireNonNull(filters, "filters is null");
    Map<FacetDim, Set<String>> out = new EnumMap<>(FacetDim.class);
    filters.forEach((dim, values) -> {
      Set<String> clean = new LinkedHashSet<>();
      for (String v : Objects.requireNonNull(values, () -> "filter values of " + dim + " are null")) {
        String c = FacetDim.clean(Objects.requireNonNull(v, () -> "filter value of " + dim + " is null"));
        if (!c.isEmpty()) {
          clean.add(c);
        }
      }
      if (!clean.isEmpty()) {
        out.put(dim, Set.copyOf(clean));
      }
    });
    return Map.copyOf(out);
  }

  /** Builds a {@link SearchQuery}; every setter may be skipped. */
  public static final class Builder {
    private String text = "";
    private final Map<FacetDim, Set<String>> filters = new EnumMap<>(FacetDim.class);
    private LocalDate from;
    private LocalDate to;
    private int offset;
    private int limit = 10;
    private int facetLimit = 10;

    private Builder() {
    }

    public Builder text(String value) {
      this.text = value;
      return this;
    }

    /** Adds accepted values for one dimension. */
    public Builder filter(FacetDim dim, String... values) {
      Set<String> set = filters.computeIfAbsent(dim, d -> new LinkedHashSet<>());
      for (String v : values) {
        set.add(v);
      }
      return this;
    }

    public Builder from(LocalDate date) {
      this.from = date;
      return this;
    }

    public Builder to(LocalDate date) {
      this.to = date;
      return this;
    }

    public Builder page(int offsetValue, int limitValue) {
      this.offset = offsetValue;
      this.limit = limitValue;
      return this;
    }

    public Builder facetLimit(int value) {
      this.facetLimit = value;
      return this;
    }

    public SearchQuery build() {
      return new SearchQuery(text, filters, Optional.ofNullable(from), Optional.ofNullable(to), offset, limit,
          facetLimit);
    }
  }
}
