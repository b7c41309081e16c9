package org.marsad.server;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.marsad.extract.Role;
import org.marsad.kb.export.JsonExport;
import org.marsad.kb.query.Questions;
import org.marsad.kb.store.ClaimFilter;
import org.marsad.kb.store.Claims;
import org.marsad.kb.store.Database;
import org.marsad.kb.store.Mentions;
import org.marsad.kb.store.Reports;
import org.marsad.kb.store.StoredClaim;
import org.marsad.kb.store.StoredReport;

/**
 * One report as the report view shows it: its text and every mention and claim extracted from it, each with
 * its span. Spans count code points of {@code text}, as everywhere in the knowledge base.
 */
final class ReportView {
  private final Database db;
  private final Questions questions;

  ReportView(Database db, Questions questions) {
    this.db = db;
    this.questions = questions;
  }

  static long id(String raw) {
    try {
      long id = Long.parseLong(raw.trim());
      if (id < 1) {
        throw ServerException.badRequest("a report id is a positive number, not " + id);
      }
      return id;
    } catch (NumberFormatException e) {
      throw ServerException.badRequest("a report id is a positive number, not '" + Params.clip(raw) + "'");
    }
  }

  Map<String, Object> render(long id) {
    Reports reports = new Reports(db.handle());
    StoredReport r = reports.byId(id).orElseThrow(() -> ServerException.notFound("no report with id " + id));
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", r.id());
    m.put("title", r.title().orElse(null));
    m.put("url", r.url().orElse(null));
    m.put("input", r.inputName());
    m.put("source", r.source());
    m.put("grade", r.grade().toString());
    m.put("language", r.language());
    m.put("published", r.published().map(Object::toString).orElse(null));
    m.put("ingested_at", r.ingestedAt().toString());
    m.put("sha256", r.sha256());
    m.put("text", reports.text(id));
    List<Object> mentions = new ArrayList<>();
    for (Mentions.StoredMention x : new Mentions(db.handle()).inReport(id)) {
      Map<String, Object> e = new LinkedHashMap<>();
      e.put("entity", JsonExport.entity(questions.entity(x.entityId())));
      e.put("start", x.start());
      e.put("end", x.end());
      e.put("text", x.text());
      mentions.add(e);
    }
    m.put("mentions", mentions);
    List<Object> claims = new ArrayList<>();
    for (StoredClaim c : new Claims(db.handle()).find(ClaimFilter.all().inReport(id))) {
      claims.add(claim(c));
    }
    m.put("claims", claims);
    return m;
  }

  private Map<String, Object> claim(StoredClaim c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", c.id());
    m.put("type", c.type().name());
    m.put("modality", c.modality().name());
    m.put("attribution", c.attribution().orElse(null));
    m.put("time", c.timeText().orElse(null));
    m.put("earliest", c.earliest().map(Object::toString).orElse(null));
    m.put("latest", c.latest().map(Object::toString).orElse(null));
    Map<String, Object> args = new LinkedHashMap<>();
    for (Role role : Role.values()) {
      if (!c.arg(role).isEmpty()) {
        List<Object> ents = new ArrayList<>();
        c.arg(role).forEach(e -> ents.add(JsonExport.entity(questions.entity(e))));
        args.put(role.key(), ents);
      }
    }
    m.put("args", args);
    m.put("start", c.start());
    m.put("end", c.end());
    m.put("text", c.evidence());
    return m;
  }
}
