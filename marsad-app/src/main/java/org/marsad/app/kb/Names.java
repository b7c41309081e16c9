package org.marsad.app.kb;

import java.util.HashMap;
import java.util.Map;
import org.marsad.kb.query.Questions;
import org.marsad.kb.store.StoredEntity;

/** Entity display names for one command's output, looked up once each. */
final class Names {
  private final Questions questions;
  private final Map<Long, StoredEntity> cache = new HashMap<>();

  Names(Questions questions) {
    this.questions = questions;
  }

  StoredEntity entity(long id) {
    return cache.computeIfAbsent(id, questions::entity);
  }

  /** "إياد أغ غالي (Iyad Ag Ghaly)": Arabic as the report wrote it, English for readers of either. */
  String label(long id) {
    return label(entity(id));
  }

  static String label(StoredEntity e) {
    String en = e.nameEn();
    if (en == null || en.isBlank() || en.equals(e.name())) {
      return e.name();
    }
    return e.name() + " (" + en + ")";
  }
}
