package org.marsad.app.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Counts and findings of one evaluation, over one or many documents. */
public final class Score {
  private final Map<String, int[]> entityCounts = new TreeMap<>();
  private final Map<String, int[]> relationCounts = new TreeMap<>();
  private final List<String> misses = new ArrayList<>();
  private final List<String> falseHits = new ArrayList<>();
  private final List<String> modalityErrors = new ArrayList<>();
  private final List<String> violations = new ArrayList<>();
  private final List<String> requiredModalityErrors = new ArrayList<>();
  private int requiredEntities;
  private int requiredEntitiesFound;
  private int requiredRelations;
  private int requiredRelationsFound;

  private static final int TP = 0;
  private static final int FP = 1;
  private static final int FN = 2;

  void entity(String type, int slot) {
    entityCounts.computeIfAbsent(type, k -> new int[3])[slot]++;
  }

  void relation(String type, int slot) {
    relationCounts.computeIfAbsent(type, k -> new int[3])[slot]++;
  }

  void entityHit(String type, boolean required) {
    entity(type, TP);
    if (required) {
      requiredEntities++;
      requiredEntitiesFound++;
    }
  }

  void entityMiss(String type, boolean required, String what) {
    entity(type, FN);
    misses.add(what);
    if (required) {
      requiredEntities++;
    }
  }

  void entityFalse(String type, String what) {
    entity(type, FP);
    falseHits.add(what);
  }

  void relationHit(String type, boolean required) {
    relation(type, TP);
    if (required) {
      requiredRelations++;
      requiredRelationsFound++;
    }
  }

  void relationMiss(String type, boolean required, String what) {
    relation(type, FN);
    misses.add(what);
    if (required) {
      requiredRelations++;
    }
  }

  void relationFalse(String type, String what) {
    relation(type, FP);
    falseHits.add(what);
  }

  void modalityError(String what, boolean required) {
    modalityErrors.add(what);
    if (required) {
      requiredModalityErrors.add(what);
    }
  }

  /** Modality errors on relations the gold marks as required. */
  public List<String> requiredModalityErrors() {
    return requiredModalityErrors;
  }

  void violation(String what) {
    violations.add(what);
  }

  public Map<String, int[]> entityCounts() {
    return entityCounts;
  }

  public Map<String, int[]> relationCounts() {
    return relationCounts;
  }

  public List<String> misses() {
    return misses;
  }

  public List<String> falseHits() {
    return falseHits;
  }

  public List<String> modalityErrors() {
    return modalityErrors;
  }

  /** Matched relations whose modality is one the gold forbids (a prospect reported as fact). */
  public List<String> violations() {
    return violations;
  }

  public int requiredEntities() {
    return requiredEntities;
  }

  public int requiredEntitiesFound() {
    return requiredEntitiesFound;
  }

  public int requiredRelations() {
    return requiredRelations;
  }

  public int requiredRelationsFound() {
    return requiredRelationsFound;
  }

  public static double f1(int[] c) {
    double p = precision(c);
    double r = recall(c);
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  public static double precision(int[] c) {
    return c[TP] + c[FP] == 0 ? 0 : (double) c[TP] / (c[TP] + c[FP]);
  }

  public static double recall(int[] c) {
    return c[TP] + c[FN] == 0 ? 0 : (double) c[TP] / (c[TP] + c[FN]);
  }

  public static int[] total(Map<String, int[]> counts) {
    int[] t = new int[3];
    counts.values().forEach(c -> {
      t[0] += c[0];
      t[1] += c[1];
      t[2] += c[2];
    });
    return t;
  }

  public double entityF1() {
    return f1(total(entityCounts));
  }

  public double relationF1() {
    return f1(total(relationCounts));
  }
}
